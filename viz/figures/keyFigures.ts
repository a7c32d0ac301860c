import type { Locale } from "../i18n/index.js";
import { metricLabel, summaryOf, unitOf, type Unit } from "../data/metricKinds.js";
import type { Results } from "../data/results.js";
import type { Difference, MetricSummary } from "../data/resultsSchema.js";
import type { Table } from "./table.js";

/** One key figure across set-ups: each set-up's estimate and its paired difference from the base. */
export interface KeyFigure {
  metric: string;
  label: string;
  unit: Unit;
  rows: { setUp: string; summary: MetricSummary | null; difference: Difference | null }[];
}

/** The key figures of a run (a fixed list) or an experiment (its shown metrics first). */
export function keyFigures(results: Results, locale: Locale): KeyFigure[] {
  const base = results.setUps[0]!;
  const first = base.observation.thresholdsSeconds[0];
  const defaults = [
    "inbound.arrivalsPerDay",
    "inbound.pAbandon",
    ...(first === undefined ? [] : [`inbound.slServed.${first}`]),
    "inbound.meanWait",
    "inbound.dealsPerDay",
    "money.revenuePerDay",
    "inbound.lostClientsPerDay",
    "inbound.lostSalesPerDay",
    "money.profitPerDay",
    "fines.totalPerDay",
  ];
  const keys = [...new Set([...(results.shownMetrics ?? []), ...defaults])].filter((k) =>
    results.setUps.some((s) => s.metrics[k] !== undefined),
  );
  return keys.map((metric) => ({
    metric,
    label: metricLabel(locale, metric),
    unit: unitOf(metric),
    rows: results.setUps.map((s, i) => ({
      setUp: s.name,
      summary: summaryOf(s, metric),
      difference: i === 0 ? null : (results.differences?.[s.name]?.[metric] ?? null),
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
      "key",
      t("setUp"),
      t("mean"),
      t("ciLow"),
      t("ciHigh"),
      t("difference"),
      `${t("difference")} ${t("ciLow")}`,
      `${t("difference")} ${t("ciHigh")}`,
      t("significant"),
      `${t("independentInterval")} ${t("ciLow")}`,
      `${t("independentInterval")} ${t("ciHigh")}`,
    ],
    rows: figures.flatMap((f) =>
      f.rows.map((r) => [
        f.label,
        f.metric,
        r.setUp,
        r.summary?.mean ?? null,
        r.summary?.ci95[0] ?? null,
        r.summary?.ci95[1] ?? null,
        r.difference?.mean ?? null,
        r.difference?.ci95[0] ?? null,
        r.difference?.ci95[1] ?? null,
        r.difference === null ? null : r.difference.significant ? 1 : 0,
        r.difference?.independentCi95?.[0] ?? null,
        r.difference?.independentCi95?.[1] ?? null,
      ]),
    ),
  };
}
