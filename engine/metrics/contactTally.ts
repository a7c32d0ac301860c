import { Histogram, histogramBin } from "./histogram.js";

/** How a contact ended. Every contact ends in exactly one of these. */
export const OUTCOMES = ["served", "blocked", "balked", "abandoned", "lostAtClosing", "unfinished"] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** Index of each outcome in OUTCOMES. */
export const OUTCOME = {
  served: 0,
  blocked: 1,
  balked: 2,
  abandoned: 3,
  lostAtClosing: 4,
  unfinished: 5,
} as const satisfies Record<Outcome, number>;

/**
 * A contact's end, prepared once and recorded in every tally it belongs to (the whole model,
 * its channel, segment, pool and interval), so the work per tally is a few additions.
 */
export interface PreparedEnd {
  outcome: number;
  /** W in seconds. */
  waitSeconds: number;
  /** Histogram bin of W. */
  bin: number;
  /** Index of the first service-level threshold t with W <= t (thresholds ascending); length if none. */
  firstThreshold: number;
}

/** Prepares a contact's end (`outcome` indexes OUTCOMES) for recording; thresholds ascending. */
export function prepareEnd(
  outcome: number,
  waitSeconds: number,
  thresholds: readonly number[],
  into: PreparedEnd,
): PreparedEnd {
  into.outcome = outcome;
  into.waitSeconds = waitSeconds;
  into.bin = histogramBin(waitSeconds);
  let k = 0;
  while (k < thresholds.length && waitSeconds > thresholds[k]!) k++;
  into.firstThreshold = k;
  return into;
}

/**
 * Streaming counts and sums over the contacts of one group (the whole model, a channel, a
 * segment, a pool or an interval of the day): memory is fixed whatever the number of contacts.
 * Waits W run from arrival to the start of service, or to abandoning.
 */
export class ContactTally {
  arrivals = 0;
  /** Contacts per outcome, indexed as OUTCOMES. */
  readonly byOutcome = new Float64Array(OUTCOMES.length);
  /** Admitted contacts that had to wait (W > 0). */
  waited = 0;
  /** Sum of W over admitted contacts that ended (served, abandoned or lost at closing). */
  waitSum = 0;
  waitCount = 0;
  /** Sum of W over served contacts. */
  waitServedSum = 0;
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
    if (o === OUTCOME.blocked || o === OUTCOME.balked || o === OUTCOME.unfinished) return;
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

  /** Contacts that entered a queue or service (not blocked, not balked). */
  get admitted(): number {
    return this.arrivals - this.count("blocked") - this.count("balked");
  }
}
