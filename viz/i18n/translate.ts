import { NO_LABELS, type NameLabels } from "../../engine/results/index.js";
import { en, ru, type StringKey } from "./strings.js";

export type Lang = "en" | "ru";
export const LANGUAGES: readonly Lang[] = ["en", "ru"];

/** The text of `key` in `lang`, with each {name} replaced by params[name] (as plain text). */
export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  const text = (lang === "ru" ? ru : en)[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A key that may not exist (e.g. an outcome name from a file): its text, or the fallback. */
export function translateOr(lang: Lang, key: string, fallback: string): string {
  return key in en ? translate(lang, key as StringKey) : fallback;
}

/** What a view needs to speak one language: the texts and the number formats. */
export interface Locale {
  lang: Lang;
  t(key: StringKey, params?: Record<string, string | number>): string;
  /** The open file's display names (the scenario's `labels`): a name as this language shows it. */
  names: NameLabels;
}

/** The page's words in `lang`, and the open file's display names (none: names show as they are). */
export function makeLocale(lang: Lang, names: NameLabels = NO_LABELS): Locale {
  return { lang, t: (key, params) => translate(lang, key, params), names };
}
