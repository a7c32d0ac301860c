import { Histogram } from "./histogram.js";

/** How a contact ended. Every contact ends in exactly one of these. */
export const OUTCOMES = ["served", "blocked", "balked", "abandoned", "lostAtClosing", "unfinished"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Streaming counts and sums over the contacts of one group (the whole model, a channel, a
 * segment, a pool or an interval of the day): memory is fixed whatever the number of contacts.
 * Waits W run from arrival to the start of service, or to abandoning.
 */
export class ContactTally {
  arrivals = 0;
  readonly outcomes: Record<Outcome, number> = {
    served: 0,
    blocked: 0,
    balked: 0,
    abandoned: 0,
    lostAtClosing: 0,
    unfinished: 0,
  };
  /** Admitted contacts that had to wait (W > 0). */
  waited = 0;
  /** Sum of W over admitted contacts that ended (served, abandoned or lost at closing). */
  waitSum = 0;
  waitCount = 0;
  /** Sum of W over served contacts. */
  waitServedSum = 0;
  /** Served contacts with W <= each threshold, in threshold order. */
  readonly servedWithin: Float64Array;
  /** Waits of served contacts (when percentiles are wanted). */
  readonly servedWaits: Histogram | null;

  constructor(
    readonly thresholdsSeconds: readonly number[],
    withHistogram: boolean,
  ) {
    this.servedWithin = new Float64Array(thresholdsSeconds.length);
    this.servedWaits = withHistogram ? new Histogram() : null;
  }

  arrive(): void {
    this.arrivals++;
  }

  /** A contact left the queue or was served after waiting `waitSeconds`. */
  end(outcome: Outcome, waitSeconds: number): void {
    this.outcomes[outcome]++;
    if (outcome === "blocked" || outcome === "balked") return;
    if (outcome === "unfinished") return;
    this.waitSum += waitSeconds;
    this.waitCount++;
    if (waitSeconds > 0) this.waited++;
    if (outcome === "served") {
      this.waitServedSum += waitSeconds;
      const t = this.thresholdsSeconds;
      for (let i = 0; i < t.length; i++) if (waitSeconds <= t[i]!) this.servedWithin[i] = this.servedWithin[i]! + 1;
      if (this.servedWaits !== null) this.servedWaits.add(waitSeconds);
    }
  }

  /** Contacts that entered a queue or service (not blocked, not balked). */
  get admitted(): number {
    return this.arrivals - this.outcomes.blocked - this.outcomes.balked;
  }
}
