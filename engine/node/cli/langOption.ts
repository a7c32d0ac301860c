import type { LabelLanguage } from "../../results/index.js";
import { UsageError } from "./usageError.js";

/**
 * The language of the terminal when no --lang is given: Russian when the locale (LC_ALL,
 * LC_MESSAGES or LANG, the first set, as POSIX reads them) is Russian, else English.
 */
export function localeLanguage(env: Record<string, string | undefined>): LabelLanguage {
  const locale = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  return /^ru([_.@-]|$)/i.test(locale) ? "ru" : "en";
}

/** The --lang option of a command: en or ru, by default the locale's language. */
export function langOption(value: string | undefined, command: string): LabelLanguage {
  const lang = value ?? localeLanguage(process.env);
  if (lang !== "en" && lang !== "ru") throw new UsageError(`--lang must be en or ru, found "${lang}"`, command);
  return lang;
}
