import type { ContactTally } from "./contactTally.js";
import { LOSS_CAUSES, OUTCOMES } from "./contactTally.js";

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
 * Definitions: W is the wait from arrival to the first answer, or to giving up. pBlock,
 * pBalk and pLinesBusy are over arrivals; pWait, pAbandon and slAnswered over admitted
 * contacts; slServed and meanWaitServed over served contacts; meanWait over contacts that
 * waited for an answer (answered, abandoned or lost at closing). Money is in the scenario
 * currency; lost revenue is the expected value of the deals the lost contacts would have made.
 */
export function writeTallyValues(out: Record<string, MetricValue>, prefix: string, t: ContactTally): void {
  out[`${prefix}.arrivals`] = t.arrivals;
  out[`${prefix}.admitted`] = t.admitted;
  for (const o of OUTCOMES) out[`${prefix}.${o}`] = t.count(o);
  out[`${prefix}.pBlock`] = ratio(t.count("blocked"), t.arrivals);
  out[`${prefix}.pBalk`] = ratio(t.count("balked"), t.arrivals);
  out[`${prefix}.pLinesBusy`] = ratio(t.count("linesBusy"), t.arrivals);
  out[`${prefix}.pWait`] = ratio(t.waited, t.admitted);
  out[`${prefix}.pAbandon`] = ratio(t.count("abandoned"), t.admitted);
  out[`${prefix}.pLost`] = ratio(t.arrivals - t.count("served") - t.count("unfinished"), t.arrivals);
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
  out[`${prefix}.transfers`] = t.transfers;
  out[`${prefix}.meanTransferWait`] = ratio(t.transferWaitSum, t.transfers);
  out[`${prefix}.deals`] = t.deals;
  out[`${prefix}.conversion`] = ratio(t.deals, t.count("served"));
  out[`${prefix}.revenue`] = t.revenue;
  let lost = 0;
  LOSS_CAUSES.forEach((cause, i) => {
    out[`${prefix}.lostRevenue.${cause}`] = t.lostRevenue[i]!;
    lost += t.lostRevenue[i]!;
  });
  out[`${prefix}.lostRevenue`] = lost;
}
