import { rowLabel } from "../../engine/results/index.js";
import type { Locale } from "../i18n/index.js";
import type { Results } from "../data/results.js";
import type { Table } from "./table.js";

/**
 * Every row of every set-up, one column per column of the results table (scope, subject, pool,
 * channel, clock, measure, breakdown), then its unit, label, summary and each replication's
 * value: names stay whole whatever characters they hold.
 */
export function metricsTable(results: Results, locale: Locale): Table {
  const t = locale.t;
  const replications = Array.from({ length: results.replications }, (_, r) => `r${r + 1}`);
  return {
    name: "metrics",
    title: t("metric"),
    columns: [
      "setUp",
      "scope",
      "subject",
      "pool",
      "channel",
      "clock",
      "measure",
      "breakdownKind",
      "breakdownValue",
      "unit",
      "label",
      "mean",
      "se",
      "ciLow",
      "ciHigh",
      "n",
      ...replications,
    ],
    rows: results.setUps.flatMap((s) =>
      s.metrics.map((row) => [
        s.name,
        row.scope,
        row.subject,
        row.pool,
        row.channel,
        row.clock,
        row.measure,
        row.breakdown?.kind ?? null,
        row.breakdown?.value ?? null,
        row.unit,
        rowLabel(row, locale.lang, locale.names),
        row.summary?.mean ?? null,
        row.summary?.se ?? null,
        row.summary?.ci95[0] ?? null,
        row.summary?.ci95[1] ?? null,
        row.summary?.n ?? null,
        ...replications.map((_, r) => row.values[r] ?? null),
      ]),
    ),
  };
}
