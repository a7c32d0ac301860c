import type { ContactTally } from "./contactTally.js";
import { LOSS_CAUSES, OUTCOMES, WAITING_LOSS } from "./contactTally.js";

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
 * Definitions: W is the wait from arrival until the person who serves the client starts
 * serving (not the first answer: an answer that phones upstairs, escorts, transfers or summons
 * does not end it), or to giving up; meanTimeToAnswer is the time to the first answer. pBlock,
 * pBalk and pLinesBusy are over arrivals; pWait, pAbandon and slAnswered over admitted
 * contacts; slServed and meanWaitServed over served contacts; meanWait over contacts that
 * waited (served, or gave up while waiting). Money is in the scenario currency. Lost contacts
 * are contacts not served (unfinished ones aside); a lost client left without buying and did not
 * retry (counted at that last contact, by its cause); lostSales is the expected value of the
 * deals lost clients would have made (lostRevenue.<cause> per cause); lostRevenue.waiting the
 * deal chance that waiting took from served contacts; lostRevenue the sum of both; stillRetrying counts clients whose retry falls after
 * the end of the run (neither served nor lost).
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
  const lostContacts = t.arrivals - t.count("served") - t.count("unfinished");
  out[`${prefix}.pLost`] = ratio(lostContacts, t.arrivals);
  out[`${prefix}.lostContacts`] = lostContacts;
  out[`${prefix}.meanWait`] = ratio(t.waitSum, t.waitCount);
  out[`${prefix}.meanWaitServed`] = ratio(t.waitServedSum, t.count("served"));
  out[`${prefix}.meanTimeToAnswer`] = ratio(t.firstAnswerSum, t.firstAnswerCount);
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
  // Lost sales: the lost clients' expected deals, without the deal chances waiting took from served ones.
  out[`${prefix}.lostSales`] = lost - t.lostRevenue[WAITING_LOSS]!;
  let clients = 0;
  LOSS_CAUSES.forEach((cause, i) => {
    if (cause === "waiting") return; // a served client is not lost
    out[`${prefix}.lostClients.${cause}`] = t.lostClients[i]!;
    clients += t.lostClients[i]!;
  });
  out[`${prefix}.lostClients`] = clients;
  out[`${prefix}.stillRetrying`] = t.stillRetrying;
}
