import { Histogram, histogramBin } from "./histogram.js";

/** How a contact ended. Every contact ends in exactly one of these. */
export const OUTCOMES = [
  "served",
  "blocked",
  "linesBusy",
  "balked",
  "abandoned",
  "transferUnanswered",
  "refusedUpstairs",
  "lostAtClosing",
  "closed",
  "unfinished",
] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** Index of each outcome in OUTCOMES. */
export const OUTCOME = {
  served: 0,
  blocked: 1,
  linesBusy: 2,
  balked: 3,
  abandoned: 4,
  transferUnanswered: 5,
  refusedUpstairs: 6,
  lostAtClosing: 7,
  closed: 8,
  unfinished: 9,
} as const satisfies Record<Outcome, number>;

/** Causes of lost revenue: each lost outcome, and the deals that waiting made less likely. */
export const LOSS_CAUSES = [...OUTCOMES.slice(1), "waiting"] as const;
export type LossCause = (typeof LOSS_CAUSES)[number];
/** Index into LOSS_CAUSES of the lost chance of served contacts that waited. */
export const WAITING_LOSS = LOSS_CAUSES.length - 1;

/**
 * A contact's end, prepared once and recorded in every tally it belongs to (the whole model,
 * its channel, segment, pool, department and interval), so the work per tally is a few additions.
 */
export interface PreparedEnd {
  outcome: number;
  /** W in seconds: until the person who serves the client starts serving, or to giving up. */
  waitSeconds: number;
  /** W was reached (served, or gave up while waiting); false for blocked, balked, lines busy. */
  waited: boolean;
  /** Seconds from arrival to the first answer (which may not be the service), or -1 when never answered. */
  firstAnswerSeconds: number;
  /** Histogram bin of W. */
  bin: number;
  /** Index of the first service-level threshold t with W <= t (thresholds ascending); length if none. */
  firstThreshold: number;
  /** The contact was transferred, and how long it waited for the second answer (seconds). */
  transferred: boolean;
  transferWaitSeconds: number;
  /** 1 when the contact ended in a deal, with its value. */
  deal: number;
  revenue: number;
  /**
   * Expected revenue lost (a lost sale's expected value, or the deal chance that waiting took
   * from a served contact), and its cause (index into LOSS_CAUSES, or -1).
   */
  lostRevenue: number;
  lossCause: number;
  /** 1 when the client left without buying after this contact and does not retry (a lost client). */
  lostClient: number;
  /** 1 when the client would retry, but after the end of the run. */
  stillRetrying: number;
}

export function emptyEnd(): PreparedEnd {
  return {
    outcome: 0,
    waitSeconds: 0,
    waited: false,
    firstAnswerSeconds: -1,
    bin: 0,
    firstThreshold: 0,
    transferred: false,
    transferWaitSeconds: 0,
    deal: 0,
    revenue: 0,
    lostRevenue: 0,
    lossCause: -1,
    lostClient: 0,
    stillRetrying: 0,
  };
}

/** Fills in the wait fields of a prepared end (`outcome` indexes OUTCOMES; thresholds ascending). */
export function prepareEnd(
  outcome: number,
  waitSeconds: number,
  waited: boolean,
  thresholds: readonly number[],
  into: PreparedEnd,
): PreparedEnd {
  into.outcome = outcome;
  into.waitSeconds = waitSeconds;
  into.waited = waited;
  into.firstAnswerSeconds = -1;
  into.bin = histogramBin(waitSeconds);
  let k = 0;
  while (k < thresholds.length && waitSeconds > thresholds[k]!) k++;
  into.firstThreshold = k;
  into.transferred = false;
  into.transferWaitSeconds = 0;
  into.deal = 0;
  into.revenue = 0;
  into.lostRevenue = 0;
  into.lossCause = -1;
  into.lostClient = 0;
  into.stillRetrying = 0;
  return into;
}

/**
 * Streaming counts and sums over the contacts of one group (the whole model, a channel, a
 * segment, a pool, a department or an interval of the day): memory is fixed whatever the
 * number of contacts. Waits W run from arrival until the person who serves the client starts
 * serving, or to giving up; the time to the first answer is kept apart.
 */
export class ContactTally {
  arrivals = 0;
  /** Contacts per outcome, indexed as OUTCOMES. */
  readonly byOutcome = new Float64Array(OUTCOMES.length);
  /** Contacts that had to wait (W > 0). */
  waited = 0;
  /** Sum and count of W over contacts that waited for an answer (answered or gave up waiting). */
  waitSum = 0;
  waitCount = 0;
  /** Sum of W over served contacts. */
  waitServedSum = 0;
  /** Sum and count of the time to the first answer over contacts answered at least once. */
  firstAnswerSum = 0;
  firstAnswerCount = 0;
  transfers = 0;
  transferWaitSum = 0;
  deals = 0;
  revenue = 0;
  /** Expected revenue lost (lost sales, and deal chances lost to waiting), per cause (indexed as LOSS_CAUSES). */
  readonly lostRevenue = new Float64Array(LOSS_CAUSES.length);
  /** Clients who left without buying and did not retry, per cause of their last contact (as LOSS_CAUSES). */
  readonly lostClients = new Float64Array(LOSS_CAUSES.length);
  /** Clients lost at a contact whose retry would have come after the end of the run. */
  stillRetrying = 0;
  /** Served contacts whose first threshold met is k (cumulated when read). */
  private readonly servedFirstWithin: Float64Array;
  /** Waits of served contacts (when percentiles are wanted). */
  readonly servedWaits: Histogram | null;

  constructor(
    readonly thresholdsSeconds: readonly number[],
    withHistogram: boolean,
  ) {
    this.servedFirstWithin = new Float64Array(thresholdsSeconds.length + 1);
    this.servedWaits = withHistogram ? new Histogram() : null;
  }

  arrive(): void {
    this.arrivals++;
  }

  /** Records a contact's end, prepared by `prepareEnd`. */
  end(e: PreparedEnd): void {
    const o = e.outcome;
    this.byOutcome[o] = this.byOutcome[o]! + 1;
    if (e.lossCause >= 0) {
      this.lostRevenue[e.lossCause] = this.lostRevenue[e.lossCause]! + e.lostRevenue;
      this.lostClients[e.lossCause] = this.lostClients[e.lossCause]! + e.lostClient;
    }
    this.stillRetrying += e.stillRetrying;
    if (e.transferred) {
      this.transfers++;
      this.transferWaitSum += e.transferWaitSeconds;
    }
    if (e.firstAnswerSeconds >= 0) {
      this.firstAnswerSum += e.firstAnswerSeconds;
      this.firstAnswerCount++;
    }
    if (e.deal > 0) {
      this.deals += e.deal;
      this.revenue += e.revenue;
    }
    if (!e.waited) return;
    const w = e.waitSeconds;
    this.waitSum += w;
    this.waitCount++;
    if (w > 0) this.waited++;
    if (o === OUTCOME.served) {
      this.waitServedSum += w;
      this.servedFirstWithin[e.firstThreshold] = this.servedFirstWithin[e.firstThreshold]! + 1;
      if (this.servedWaits !== null) this.servedWaits.addToBin(e.bin, w);
    }
  }

  /** Contacts with this outcome. */
  count(outcome: Outcome): number {
    return this.byOutcome[OUTCOME[outcome]]!;
  }

  /** Served contacts with W <= the i-th threshold. */
  servedWithin(i: number): number {
    let n = 0;
    for (let k = 0; k <= i; k++) n += this.servedFirstWithin[k]!;
    return n;
  }

  /** Contacts that got into a queue or service (not blocked, balked, refused by busy lines or closed). */
  get admitted(): number {
    return (
      this.arrivals - this.count("blocked") - this.count("balked") - this.count("linesBusy") - this.count("closed")
    );
  }
}
