import type { MetricValue, MetricWriter, Place } from "../results/index.js";
import type { ContactTally } from "./contactTally.js";
import { LOSS_CAUSES, OUTCOMES, WAITING_LOSS } from "./contactTally.js";

export type { MetricValue } from "../results/index.js";

const ratio = (a: number, b: number): MetricValue => (b > 0 ? a / b : null);

/** Quantiles of served waits reported per group, as [key, q]. */
export const WAIT_QUANTILES: readonly ["waitP50" | "waitP80" | "waitP90" | "waitP95", number][] = [
  ["waitP50", 0.5],
  ["waitP80", 0.8],
  ["waitP90", 0.9],
  ["waitP95", 0.95],
];

/**
 * The per-replication values of one tally, written into `out` at `place`: counts, and
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
export function writeTallyValues(out: MetricWriter, place: Place, t: ContactTally): void {
  out.put(place, "arrivals", t.arrivals);
  out.put(place, "admitted", t.admitted);
  for (const o of OUTCOMES) out.put(place, o, t.count(o));
  out.put(place, "pBlock", ratio(t.count("blocked"), t.arrivals));
  out.put(place, "pBalk", ratio(t.count("balked"), t.arrivals));
  out.put(place, "pLinesBusy", ratio(t.count("linesBusy"), t.arrivals));
  out.put(place, "pWait", ratio(t.waited, t.admitted));
  out.put(place, "pAbandon", ratio(t.count("abandoned"), t.admitted));
  const lostContacts = t.arrivals - t.count("served") - t.count("unfinished");
  out.put(place, "pLost", ratio(lostContacts, t.arrivals));
  out.put(place, "lostContacts", lostContacts);
  out.put(place, "meanWait", ratio(t.waitSum, t.waitCount));
  out.put(place, "meanWaitServed", ratio(t.waitServedSum, t.count("served")));
  out.put(place, "meanTimeToAnswer", ratio(t.firstAnswerSum, t.firstAnswerCount));
  t.thresholdsSeconds.forEach((th, i) => {
    out.put(place, "slServed", ratio(t.servedWithin(i), t.count("served")), { kind: "threshold", value: th });
    out.put(place, "slAnswered", ratio(t.servedWithin(i), t.admitted), { kind: "threshold", value: th });
  });
  if (t.servedWaits !== null) {
    for (const [key, q] of WAIT_QUANTILES) {
      out.put(place, key, t.servedWaits.total > 0 ? t.servedWaits.quantile(q) : null);
    }
  }
  out.put(place, "transfers", t.transfers);
  out.put(place, "meanTransferWait", ratio(t.transferWaitSum, t.transfers));
  out.put(place, "deals", t.deals);
  out.put(place, "conversion", ratio(t.deals, t.count("served")));
  out.put(place, "revenue", t.revenue);
  let lost = 0;
  LOSS_CAUSES.forEach((cause, i) => {
    out.put(place, "lostRevenue", t.lostRevenue[i]!, { kind: "cause", value: cause });
    lost += t.lostRevenue[i]!;
  });
  out.put(place, "lostRevenue", lost);
  // Lost sales: the lost clients' expected deals, without the deal chances waiting took from served ones.
  out.put(place, "lostSales", lost - t.lostRevenue[WAITING_LOSS]!);
  let clients = 0;
  LOSS_CAUSES.forEach((cause, i) => {
    if (cause === "waiting") return; // a served client is not lost
    out.put(place, "lostClients", t.lostClients[i]!, { kind: "cause", value: cause });
    clients += t.lostClients[i]!;
  });
  out.put(place, "lostClients", clients);
  out.put(place, "stillRetrying", t.stillRetrying);
}
