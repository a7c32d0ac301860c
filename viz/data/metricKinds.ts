import {
  MEASURES,
  rowLabel,
  type MetricColumns,
  type MetricSummary,
  type Selector,
  type Unit,
} from "../../engine/results/index.js";
import type { Format, Locale } from "../i18n/index.js";
import type { SetUp } from "./results.js";

export type { Unit } from "../../engine/results/index.js";

/** The unit of a row, from the catalogue of measures. */
export function unitOf(c: Pick<MetricColumns, "measure">): Unit {
  return MEASURES[c.measure].unit;
}

/** A readable name of a row in the chosen language, from the catalogue of measures, its names by their labels. */
export function metricLabel(locale: Locale, c: MetricColumns): string {
  return rowLabel(c, locale.lang, locale.names);
}

/** A value in its unit's format. */
export function formatValue(f: Format, unit: Unit, v: number | null | undefined): string {
  if (unit === "share") return f.percent(v);
  if (unit === "seconds") return f.duration(v);
  if (unit === "money") return f.money(v);
  return f.number(v, 1);
}

/**
 * A difference of two values in the unit's format, signed: shares in percentage points (never a
 * bare "%"), money with its currency, durations and counts with their sign.
 */
export function formatDifference(f: Format, unit: Unit, v: number | null | undefined): string {
  if (unit === "share") return f.points(v);
  if (v === null || v === undefined || !Number.isFinite(v)) return formatValue(f, unit, v);
  const sign = v > 0 ? "+" : v < 0 ? "−" : "";
  return `${sign}${formatValue(f, unit, Math.abs(v))}`;
}

/** "difference [low, high]" in the unit's format (shares in points). */
export function differenceWithInterval(f: Format, unit: Unit, mean: number, ci95: readonly [number, number]): string {
  return `${formatDifference(f, unit, mean)} ${f.interval(formatDifference(f, unit, ci95[0]), formatDifference(f, unit, ci95[1]))}`;
}

/** "mean [low, high]" in the unit's format, as tooltips show an estimate. */
export function valueWithInterval(f: Format, unit: Unit, mean: number, ci95: readonly [number, number]): string {
  return `${formatValue(f, unit, mean)} ${f.interval(formatValue(f, unit, ci95[0]), formatValue(f, unit, ci95[1]))}`;
}

/** The summary of a row of a set-up, or null where it has none. */
export function summaryOf(setUp: SetUp, s: Selector): MetricSummary | null {
  return setUp.rows.get(s)?.summary ?? null;
}

/** The mean of a row of a set-up, or undefined where it has none. */
export function meanOf(setUp: SetUp, s: Selector): number | undefined {
  return setUp.rows.get(s)?.summary?.mean;
}

/**
 * Observed days of a set-up (after the warm-up): the file's observed days (the mean over
 * replications in count-based runs), else the run's days less the warm-up.
 */
export function observedDays(setUp: SetUp): number {
  const o = setUp.observation;
  const days =
    meanOf(setUp, { scope: "window", measure: "days" }) ?? (o.days === null ? 0 : o.days - (o.warmupDays ?? 0));
  return days > 0 ? days : 1;
}

/** A summary divided by a constant (e.g. a total over the window per observed day). */
export function scaled(s: MetricSummary | null, by: number): MetricSummary | null {
  if (s === null) return null;
  return { mean: s.mean / by, se: s.se / by, ci95: [s.ci95[0] / by, s.ci95[1] / by], n: s.n };
}
