import type { BreakdownKind, Measure, MEASURES } from "./measures.js";
import { columnsOf, type MetricValue, type Place, type ReplicationRow } from "./metricRow.js";

/** The breakdown a measure takes: none, or one of the kind the catalogue gives it. */
type BreakdownOf<M extends Measure> = (typeof MEASURES)[M] extends { breakdown: infer K extends BreakdownKind }
  ? [breakdown?: { kind: K; value: string | number }]
  : [];

/**
 * Collects one replication's rows in the order written (so the same run always serialises to
 * the same bytes). It takes only measures of the catalogue, each with the breakdown the
 * catalogue allows.
 */
export class MetricWriter {
  readonly rows: ReplicationRow[] = [];

  put<M extends Measure>(place: Place, measure: M, value: MetricValue, ...breakdown: BreakdownOf<M>): void {
    this.rows.push({ ...columnsOf(place, measure, breakdown[0] ?? null), value });
  }
}
