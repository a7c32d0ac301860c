import { MEASURES, type Measure, type MetricRange } from "./measures.js";

/** The values a measure can take, from the catalogue (see `MEASURES`). */
export function metricRange(measure: Measure): MetricRange {
  return MEASURES[measure].range;
}

/**
 * A 95% interval kept within what a metric can take: the lower bound at 0 for shares and
 * non-negative figures, the upper bound at 1 for shares; a signed metric's interval unchanged.
 * Paired differences between set-ups are not metrics of a run and are never bounded.
 */
export function boundInterval(ci95: [number, number], range: MetricRange): [number, number] {
  if (range === "signed") return ci95;
  const low = Math.max(0, ci95[0]);
  const high = range === "share" ? Math.min(1, ci95[1]) : ci95[1];
  return low === ci95[0] && high === ci95[1] ? ci95 : [low, high];
}
