import { translateOr, type Format, type Locale } from "../i18n/index.js";
import type { MetricSummary } from "./resultsSchema.js";
import type { SetUp } from "./results.js";

/** What a metric's numbers are: a share, seconds, money or a count/measure. */
export type Unit = "share" | "seconds" | "money" | "count";

/** The unit of a metric key, from its last part (e.g. "inbound.pAbandon" is a share). */
export function unitOf(key: string): Unit {
  const measure = measureOf(key);
  if (key.startsWith("fines.count.")) return "count";
  if (/^(p[A-Z]|sl|occupancy|conversion|share|answerRate)|Attainment$|^score$/.test(measure)) return "share";
  if (/^(meanWait|meanWaitServed|meanTimeToAnswer|meanTransferWait|waitP\d+)/.test(measure)) return "seconds";
  if (/revenue|Revenue|profit|Profit|wages|Wages|fines|Fines|grossMargin|GrossMargin|^total/.test(measure))
    return "money";
  return "count";
}

/** The measure part of a key: what follows the group (e.g. "slServed.20" of "inbound.slServed.20"). */
export function measureOf(key: string): string {
  const parts = key.split(".");
  const head = parts[0] ?? "";
  if (["inbound", "overall", "money", "fines"].includes(head)) return parts.slice(1).join(".");
  if (["channel", "segment", "pool", "department"].includes(head)) return parts.slice(2).join(".");
  return parts.slice(1).join(".");
}

/** A readable name of a metric key in the chosen language (the key itself when unknown). */
export function metricLabel(locale: Locale, key: string): string {
  const parts = key.split(".");
  const head = parts[0] ?? "";
  const measure = measureOf(key);
  let label: string;
  const sl = /^slServed\.(\d+(?:\.\d+)?)$/.exec(measure);
  if (sl !== null) label = locale.t("m_slServed", { t: sl[1]! });
  else if (key === "fines.totalPerDay") label = locale.t("m_finesPerDay");
  else label = translateOr(locale.lang, `m_${measure}`, measure);
  if (head === "overall") return `${label} (${locale.lang === "ru" ? "все обращения" : "all contacts"})`;
  if (["channel", "segment", "pool", "department"].includes(head)) return `${label}: ${parts[1] ?? ""}`;
  return label;
}

/** A value in its unit's format. */
export function formatValue(f: Format, unit: Unit, v: number | null | undefined): string {
  if (unit === "share") return f.percent(v);
  if (unit === "seconds") return f.duration(v);
  if (unit === "money") return f.money(v);
  return f.number(v, 1);
}

/** "mean [low, high]" in the unit's format, as tooltips show an estimate. */
export function valueWithInterval(f: Format, unit: Unit, mean: number, ci95: readonly [number, number]): string {
  return `${formatValue(f, unit, mean)} [${formatValue(f, unit, ci95[0])}, ${formatValue(f, unit, ci95[1])}]`;
}

/** The summary of a metric of a set-up, or null where it has none. */
export function summaryOf(setUp: SetUp, key: string): MetricSummary | null {
  return setUp.metrics[key] ?? null;
}

/**
 * Observed days of a set-up (after the warm-up): the file's `window.days` (the mean over
 * replications in count-based runs), else the run's days less the warm-up.
 */
export function observedDays(setUp: SetUp): number {
  const o = setUp.observation;
  const days = setUp.metrics["window.days"]?.mean ?? (o.days === null ? 0 : o.days - (o.warmupDays ?? 0));
  return days > 0 ? days : 1;
}

/** A summary divided by a constant (e.g. a total over the window per observed day). */
export function scaled(s: MetricSummary | null, by: number): MetricSummary | null {
  if (s === null) return null;
  return { mean: s.mean / by, se: s.se / by, ci95: [s.ci95[0] / by, s.ci95[1] / by], n: s.n };
}
