import { rowOf, rowsWhere, type RowFilter, type Selector } from "./selectRows.js";
import type { MetricRow, MetricSummary, MetricValue, ReplicationRow } from "./metricRow.js";

/** Anything that holds a results file's rows: a run file or one set-up of an experiment. */
export interface HasRows {
  metrics: readonly MetricRow[];
}

/** The summary of the row a selector names, or null when there is no such row or no replication had a value. */
export function metricOf(results: HasRows, s: Selector): MetricSummary | null {
  return rowOf(results.metrics, s)?.summary ?? null;
}

/** The value of the row a selector names in one replication's rows, or null. */
export function valueOf(rows: readonly ReplicationRow[], s: Selector): MetricValue {
  return rowOf(rows, s)?.value ?? null;
}

/** The sum of the values of one replication's rows with the columns of a filter (null values count 0). */
export function sumWhere(rows: readonly ReplicationRow[], filter: RowFilter): number {
  return rowsWhere(rows, filter).reduce((a, r) => a + (r.value ?? 0), 0);
}
