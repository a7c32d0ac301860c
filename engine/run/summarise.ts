import {
  boundInterval,
  metricRange,
  MEASURES,
  pickColumns,
  rowId,
  type MetricRow,
  type MetricValue,
  type ReplicationRow,
} from "../results/index.js";
import { estimateMean } from "../stats/index.js";

/**
 * Merges replications (in the order given) into the rows of the results file, in the order the
 * rows were first written: each row's value in every replication (null where a replication has no
 * such row or no value), and the mean of those values with a Student t 95% interval across
 * replications, kept within what the measure can take (see `metricRange`: no negative bound for
 * a count, wait or amount of money, none above 1 for a share; profit unbounded).
 */
export function summarise(replications: readonly (readonly ReplicationRow[])[]): MetricRow[] {
  const order: ReplicationRow[] = [];
  const columnOf = new Map<string, MetricValue[]>();
  replications.forEach((rows, r) => {
    for (const row of rows) {
      const id = rowId(row);
      let column = columnOf.get(id);
      if (column === undefined) {
        column = new Array<MetricValue>(replications.length).fill(null);
        columnOf.set(id, column);
        order.push(row);
      }
      column[r] = row.value;
    }
  });
  return order.map((row) => {
    const values = columnOf.get(rowId(row))!;
    const present = values.filter((v): v is number => v !== null);
    let summary: MetricRow["summary"] = null;
    if (present.length > 0) {
      const e = estimateMean(present);
      summary = { ...e, ci95: boundInterval(e.ci95, metricRange(row.measure)) };
    }
    return { ...pickColumns(row), unit: MEASURES[row.measure].unit, summary, values };
  });
}
