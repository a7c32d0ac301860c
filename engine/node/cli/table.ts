import type { LabelLanguage } from "../../results/index.js";

/** Lays out rows as a plain-text table: first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The locale each language writes its numbers in (Russian: decimal comma, a space between thousands). */
const LOCALE: Record<LabelLanguage, string> = { en: "en-US", ru: "ru-RU" };

/** Formats a number for a table: fixed decimals in the language's way, or "-" when missing. */
export function fmt(value: number | null | undefined, decimals = 2, lang: LabelLanguage = "en"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "-";
  return value.toLocaleString(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Formats a share as a percentage (a decimal comma in Russian). */
export function pct(value: number | null | undefined, decimals = 1, lang: LabelLanguage = "en"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "-";
  const text = (value * 100).toFixed(decimals);
  const shown = /^-0\.?0*$/.test(text) ? text.slice(1) : text;
  return `${lang === "ru" ? shown.replace(".", ",") : shown}%`;
}
