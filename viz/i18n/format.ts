import { pluralCount } from "../../engine/results/index.js";
import type { Lang } from "./translate.js";

/** Number, money, share and time formatting for one language and the scenario's currency. */
export interface Format {
  lang: Lang;
  currency: string;
  /** A count or measure with up to `digits` decimals. */
  number(v: number | null | undefined, digits?: number): string;
  /** A share (0.25) as a percentage. */
  percent(v: number | null | undefined, digits?: number): string;
  /** A difference of two shares (0.066) in percentage points, signed: "+6.6 pp" / "+6,6 п.п.". */
  points(v: number | null | undefined, digits?: number): string;
  /** An amount in the scenario currency, with the currency's symbol ("1 234 ₽", "₽1,234"). */
  money(v: number | null | undefined): string;
  /** The symbol money() writes ("₽"), for titles and column headers: one display of the currency everywhere. */
  currencySymbol: string;
  /**
   * A count with its noun in the form the language's plural rules (Intl.PluralRules) ask for.
   * `forms` names a text per category, `#` standing for the number:
   * "one {# день} few {# дня} many {# дней} other {# дня}"; a missing category uses `other`.
   */
  count(n: number, forms: string): string;
  /** A duration in seconds, as "1 min 20 s" / "1 мин 20 с". */
  duration(seconds: number | null | undefined): string;
  /** A time of day from seconds since midnight, "09:30". */
  clock(secondsOfDay: number): string;
  /** A time in the run (seconds since its start) as "day 15, 09:30:12". */
  runTime(seconds: number): string;
  /**
   * An interval of two texts already formatted: "[1.2, 3.4]"; in Russian "[1,2; 3,4]", a
   * semicolon where numbers have a decimal comma (as the command line writes it).
   */
  interval(low: string, high: string): string;
}

const LOCALES: Record<Lang, string> = { en: "en-GB", ru: "ru-RU" };
const DASH = "–";

export function makeFormat(lang: Lang, currency: string): Format {
  const locale = LOCALES[lang];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits);
    if (f === undefined) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      numbers.set(digits, f);
    }
    return f;
  };
  const percentFormats = new Map<number, Intl.NumberFormat>();
  let moneyFormat: Intl.NumberFormat;
  try {
    moneyFormat = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
      maximumFractionDigits: 0,
    });
  } catch {
    moneyFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  }
  const isIso = moneyFormat.resolvedOptions().style === "currency";
  const currencySymbol = isIso
    ? (moneyFormat.formatToParts(0).find((p) => p.type === "currency")?.value ?? currency)
    : currency;
  const units =
    lang === "ru"
      ? { h: "ч", min: "мин", s: "с", day: "день", pp: "п.п." }
      : { h: "h", min: "min", s: "s", day: "day", pp: "pp" };
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = (secondsOfDay: number) => {
    const s = Math.floor(secondsOfDay);
    return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor((s % 3600) / 60))}`;
  };
  return {
    lang,
    currency,
    interval: (low, high) => (lang === "ru" ? `[${low}; ${high}]` : `[${low}, ${high}]`),
    number: (v, digits = 1) =>
      v === null || v === undefined || !Number.isFinite(v) ? DASH : numberFormat(digits).format(v),
    percent(v, digits = 1) {
      if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
      let f = percentFormats.get(digits);
      if (f === undefined) {
        f = new Intl.NumberFormat(locale, {
          style: "percent",
          maximumFractionDigits: digits,
          minimumFractionDigits: 0,
        });
        percentFormats.set(digits, f);
      }
      return f.format(v);
    },
    points(v, digits = 1) {
      if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
      const sign = v > 0 ? "+" : v < 0 ? "−" : "";
      return `${sign}${numberFormat(digits).format(Math.abs(v) * 100)} ${units.pp}`;
    },
    money: (v) =>
      v === null || v === undefined || !Number.isFinite(v)
        ? DASH
        : isIso
          ? moneyFormat.format(v)
          : `${moneyFormat.format(v)} ${currency}`,
    currencySymbol,
    count: (n, forms) => pluralCount(lang, n, forms, numberFormat(1).format(n)),
    duration(seconds) {
      if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return DASH;
      const sign = seconds < 0 ? "−" : "";
      const total = Math.abs(seconds);
      if (total < 60) return `${sign}${numberFormat(total < 10 ? 1 : 0).format(total)} ${units.s}`;
      const whole = Math.round(total);
      const h = Math.floor(whole / 3600);
      const m = Math.floor((whole % 3600) / 60);
      const s = whole % 60;
      if (h > 0) return `${sign}${h} ${units.h} ${m} ${units.min}`;
      return `${sign}${m} ${units.min}${s > 0 ? ` ${s} ${units.s}` : ""}`;
    },
    clock,
    runTime(seconds) {
      const day = Math.floor(seconds / 86_400);
      const inDay = seconds - day * 86_400;
      return `${units.day} ${day + 1}, ${clock(inDay)}:${pad(Math.floor(inDay % 60))}`;
    },
  };
}
