import type { ContactTally } from "./contactTally.js";
import { OUTCOMES } from "./contactTally.js";

/** A replication's value of one metric; null where it is undefined (a ratio over zero). */
export type MetricValue = number | null;

const ratio = (a: number, b: number): MetricValue => (b > 0 ? a / b : null);

/** Quantiles of served waits reported per group, as [key, q]. */
export const WAIT_QUANTILES: readonly [string, number][] = [
  ["waitP50", 0.5],
  ["waitP80", 0.8],
  ["waitP90", 0.9],
  ["waitP95", 0.95],
];

/**
 * The per-replication values of one tally, written into `out` under `prefix.`: counts, and
 * ratios computed within the replication (never ratios of means across replications).
 * Definitions: W is the wait from arrival to service start or to abandoning; pBlock and
 * pBalk are over arrivals; pWait, pAbandon and slAnswered over admitted contacts; slServed
 * and meanWaitServed over served contacts; meanWait over admitted contacts that ended.
 */
export function writeTallyValues(out: Record<string, MetricValue>, prefix: string, t: ContactTally): void {
  out[`${prefix}.arrivals`] = t.arrivals;
  out[`${prefix}.admitted`] = t.admitted;
  for (const o of OUTCOMES) out[`${prefix}.${o}`] = t.count(o);
  out[`${prefix}.pBlock`] = ratio(t.count("blocked"), t.arrivals);
  out[`${prefix}.pBalk`] = ratio(t.count("balked"), t.arrivals);
  out[`${prefix}.pWait`] = ratio(t.waited, t.admitted);
  out[`${prefix}.pAbandon`] = ratio(t.count("abandoned"), t.admitted);
  out[`${prefix}.meanWait`] = ratio(t.waitSum, t.waitCount);
  out[`${prefix}.meanWaitServed`] = ratio(t.waitServedSum, t.count("served"));
  t.thresholdsSeconds.forEach((th, i) => {
    out[`${prefix}.slServed.${th}`] = ratio(t.servedWithin(i), t.count("served"));
    out[`${prefix}.slAnswered.${th}`] = ratio(t.servedWithin(i), t.admitted);
  });
  if (t.servedWaits !== null) {
    for (const [key, q] of WAIT_QUANTILES) {
      out[`${prefix}.${key}`] = t.servedWaits.total > 0 ? t.servedWaits.quantile(q) : null;
    }
  }
}
