import type { LabelLanguage } from "./labelLanguage.js";
import type { Unit } from "./measures.js";

const LOCALES: Record<LabelLanguage, string> = { en: "en-GB", ru: "ru-RU" };

/** A number in a language's way of writing it, with at most `digits` decimals. */
export function formatNumber(x: number, lang: LabelLanguage, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(x);
}

/** The currency's symbol as the viewer shows it too (₽ for RUB, ₸ for KZT), else its code. */
export function currencySymbol(currency: string, lang: LabelLanguage): string {
  try {
    const parts = new Intl.NumberFormat(LOCALES[lang], {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
    }).formatToParts(1);
    return parts.find((p) => p.type === "currency")?.value ?? currency;
  } catch {
    return currency;
  }
}

/** The unit written after a number of a measure: "%", "s", "₽"; for a difference of shares, "points". */
function unitWord(unit: Unit, lang: LabelLanguage, currency: string, difference: boolean): string {
  const ru = lang === "ru";
  switch (unit) {
    case "share":
      return difference ? (ru ? " п.п." : " points") : "%";
    case "seconds":
      return ru ? " с" : " s";
    case "hours":
      return ru ? " ч" : " h";
    case "days":
      return ru ? " дн." : " days";
    case "money":
      return ` ${currencySymbol(currency, lang)}`;
    default:
      return "";
  }
}

function digitsOf(unit: Unit): number {
  return unit === "money" || unit === "seconds" ? 0 : 1;
}

function scaled(x: number, unit: Unit): number {
  return unit === "share" ? x * 100 : x;
}

function signed(text: string, x: number): string {
  return x > 0 ? `+${text}` : x < 0 ? `−${text.replace(/^-/, "")}` : text;
}

/** A value of a measure with its unit: "15.5%", "357 s", "1,296,799 ₽". */
export function formatValue(x: number, unit: Unit, lang: LabelLanguage, currency: string): string {
  return `${formatNumber(scaled(x, unit), lang, digitsOf(unit))}${unitWord(unit, lang, currency, false)}`;
}

/** A signed difference with its unit: a share's difference in points ("+6.6 points"), never a bare "%". */
export function formatDifference(x: number, unit: Unit, lang: LabelLanguage, currency: string): string {
  const v = scaled(x, unit);
  return `${signed(formatNumber(Math.abs(v), lang, digitsOf(unit)), v)}${unitWord(unit, lang, currency, true)}`;
}

/**
 * A mean with its interval and the unit once: "15.5 [14.3, 16.6]%", or for a difference
 * "+5.9 [+4.3, +7.5] points", "−25,141 [−99,095, +48,814] ₽".
 */
export function formatWithInterval(
  mean: number,
  ci: readonly [number, number],
  unit: Unit,
  lang: LabelLanguage,
  currency: string,
  difference: boolean,
): string {
  const d = digitsOf(unit);
  const one = (x: number) => {
    const v = scaled(x, unit);
    const text = formatNumber(difference ? Math.abs(v) : v, lang, d);
    return difference ? signed(text, v) : text;
  };
  const sep = lang === "ru" ? "; " : ", ";
  return `${one(mean)} [${one(ci[0])}${sep}${one(ci[1])}]${unitWord(unit, lang, currency, difference)}`;
}
