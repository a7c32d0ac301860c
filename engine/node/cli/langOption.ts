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

/**
 * The language of help and of the command line's own messages for these arguments: the last
 * `--lang en|ru` (or `--lang=ru`) before any `--`, wherever it stands, else the locale's. A value it
 * does not speak counts as none here: help is printed all the same, in the locale's language, and
 * a command refuses the value with the usual usage error.
 */
export function argumentsLanguage(argv: readonly string[], env: Record<string, string | undefined>): LabelLanguage {
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--lang") given = argv[++i];
    else if (a.startsWith("--lang=")) given = a.slice("--lang=".length);
  }
  return given === "en" || given === "ru" ? given : localeLanguage(env);
}
