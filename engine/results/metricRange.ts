import { LOSS_CAUSES, OUTCOMES } from "../metrics/index.js";

/**
 * The values a metric can take, which bound its 95% interval: a `share` lies in [0, 1], a
 * `nonNegative` figure in [0, infinity), a `signed` one anywhere.
 */
export type MetricRange = "share" | "nonNegative" | "signed";

/** Last key parts of shares of a whole (ratios over arrivals, admitted, served, staffed time, attempts). */
const SHARES: ReadonlySet<string> = new Set([
  "pBlock",
  "pBalk",
  "pLinesBusy",
  "pLost",
  "pWait",
  "pAbandon",
  "conversion",
  "occupancy",
  "answerRate",
  "shareWorking",
]);

/** Last key parts of counts, times, queue lengths, staff, money, fines by reason and scores that cannot be negative. */
const NON_NEGATIVE: ReadonlySet<string> = new Set([
  ...OUTCOMES,
  ...LOSS_CAUSES,
  "arrivals",
  "admitted",
  "transfers",
  "deals",
  "revenue",
  "lostRevenue",
  "lostClients",
  "lostContacts",
  "lostSales",
  "lostSalesPerDay",
  "stillRetrying",
  "lostClientsPerDay",
  "lostContactsPerDay",
  "creditedRevenue",
  "creditedDeals",
  "registeredClients",
  "meanWait",
  "meanWaitServed",
  "meanTimeToAnswer",
  "meanTransferWait",
  "waitP50",
  "waitP80",
  "waitP90",
  "waitP95",
  "meanQueueLength",
  "meanBusy",
  "meanStaffed",
  "staffed",
  "busy",
  "queue",
  "needed",
  "staff",
  "hoursOnShift",
  "wages",
  "grossMargin",
  "fines",
  "total",
  "lateManager",
  "notStartedConsultant",
  "notStartedManager",
  "attempts",
  "conversations",
  "leads",
  "revenueAttainment",
  "salesAttainment",
  "score",
  "seconds",
  "days",
  "arrivalsPerDay",
  "servedPerDay",
  "abandonedPerDay",
  "lostPerDay",
  "dealsPerDay",
  "revenuePerDay",
  "lostRevenuePerDay",
  "grossMarginPerDay",
  "wagesPerDay",
  "totalPerDay",
]);

/** Service levels are `<group>.slServed.<seconds>` and `<group>.slAnswered.<seconds>`. */
const SERVICE_LEVELS: ReadonlySet<string> = new Set(["slServed", "slAnswered"]);

/**
 * The range of a metric, read from its key (see engine/results/README.md). Names of pools,
 * people, channels and intervals only ever stand in the middle of a key, so the rule reads the
 * last part (and the one before it for service levels and an agent's `share.<state>`):
 * - `share`: the ratios in SHARES, `slServed.<t>`, `slAnswered.<t>` and `agent.<pool>.<name>.share.<state>`;
 * - `nonNegative`: the counts, waits, queue lengths, staff, money and scores in NON_NEGATIVE;
 * - `signed`: everything else, on purpose: `money.profit` and `money.profitPerDay` (margin minus
 *   wages), and any key not listed, so that a new figure is never bounded by mistake.
 * Paired differences between set-ups are not metrics of a run and are never bounded.
 */
export function metricRange(key: string): MetricRange {
  const parts = key.split(".");
  const last = parts[parts.length - 1]!;
  const before = parts.length >= 2 ? parts[parts.length - 2]! : "";
  if (SHARES.has(last)) return "share";
  if (SERVICE_LEVELS.has(before) && /^\d+$/.test(last)) return "share";
  if (parts[0] === "agent" && parts.length === 5 && before === "share") return "share";
  if (NON_NEGATIVE.has(last)) return "nonNegative";
  return "signed";
}

/**
 * A 95% interval kept within what a metric can take: the lower bound at 0 for shares and
 * non-negative figures, the upper bound at 1 for shares; a signed metric's interval unchanged.
 */
export function boundInterval(ci95: [number, number], range: MetricRange): [number, number] {
  if (range === "signed") return ci95;
  const low = Math.max(0, ci95[0]);
  const high = range === "share" ? Math.min(1, ci95[1]) : ci95[1];
  return low === ci95[0] && high === ci95[1] ? ci95 : [low, high];
}
