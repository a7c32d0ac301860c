import type { Locale } from "../i18n/index.js";
import { judge } from "../data/judgement.js";
import { metricLabel, summaryOf, unitOf, type Unit } from "../data/metricKinds.js";
import type { Results } from "../data/results.js";
import {
  rowId,
  selectorColumns,
  type Difference,
  type MetricColumns,
  type MetricSummary,
  type Selector,
} from "../../engine/results/index.js";
import type { Table } from "./table.js";

/** One key figure across set-ups: each set-up's estimate and its paired difference from the base. */
export interface KeyFigure {
  /** The row's columns. */
  metric: MetricColumns;
  label: string;
  unit: Unit;
  rows: { setUp: string; summary: MetricSummary | null; difference: Difference | null }[];
}

/** The key figures of a run (a fixed list) or an experiment (its shown metrics first). */
export function keyFigures(results: Results, locale: Locale): KeyFigure[] {
  const base = results.setUps[0]!;
  const first = base.observation.thresholdsSeconds[0];
  const defaults: Selector[] = [
    { scope: "inbound", measure: "arrivalsPerDay" },
    { scope: "inbound", measure: "pAbandon" },
    ...(first === undefined
      ? []
      : [{ scope: "inbound", measure: "slServed", breakdown: { kind: "threshold", value: first } } as const]),
    { scope: "inbound", measure: "meanWait" },
    { scope: "inbound", measure: "dealsPerDay" },
    { scope: "money", measure: "revenuePerDay" },
    { scope: "inbound", measure: "lostClientsPerDay" },
    { scope: "inbound", measure: "lostSalesPerDay" },
    { scope: "money", measure: "profitPerDay" },
    { scope: "fines", measure: "finesPerDay" },
  ];
  const seen = new Set<string>();
  const shown = [...(results.shownMetrics ?? []), ...defaults.map(selectorColumns)].filter((c) => {
    const id = rowId(c);
    if (seen.has(id)) return false;
    seen.add(id);
    return results.setUps.some((s) => s.rows.same(c) !== undefined);
  });
  return shown.map((metric) => ({
    metric,
    label: metricLabel(locale, metric),
    unit: unitOf(metric),
    rows: results.setUps.map((s, i) => ({
      setUp: s.name,
      summary: summaryOf(s, metric),
      difference: i === 0 ? null : (results.differences?.[s.name]?.same(metric)?.difference ?? null),
    })),
  }));
}

export function keyFiguresTable(figures: KeyFigure[], locale: Locale): Table {
  const t = locale.t;
  return {
    name: "key-figures",
    title: t("view_comparison"),
    columns: [
      t("metric"),
      "scope",
      "subject",
      "measure",
      t("setUp"),
      t("mean"),
      t("ciLow"),
      t("ciHigh"),
      t("difference"),
      `${t("difference")} ${t("ciLow")}`,
      `${t("difference")} ${t("ciHigh")}`,
      t("significant"),
      t("judgement"),
      `${t("independentInterval")} ${t("ciLow")}`,
      `${t("independentInterval")} ${t("ciHigh")}`,
    ],
    rows: figures.flatMap((f) =>
      f.rows.map((r) => [
        f.label,
        f.metric.scope,
        f.metric.subject,
        f.metric.measure,
        r.setUp,
        r.summary?.mean ?? null,
        r.summary?.ci95[0] ?? null,
        r.summary?.ci95[1] ?? null,
        r.difference?.mean ?? null,
        r.difference?.ci95[0] ?? null,
        r.difference?.ci95[1] ?? null,
        r.difference === null ? null : r.difference.significant ? 1 : 0,
        judge(f.metric.measure, r.difference),
        r.difference?.independentCi95?.[0] ?? null,
        r.difference?.independentCi95?.[1] ?? null,
      ]),
    ),
  };
}
