import type { Lang } from "../../i18n/index.js";
import { studioEn, studioRu, type StudioKey } from "./studioStrings.js";

/** The studio's text of `key` in `lang`, with each {name} replaced by params[name]. */
export function studioText(lang: Lang, key: StudioKey, params: Record<string, string | number> = {}): string {
  const text = lang === "ru" ? studioRu[key] : studioEn[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
