/** Decides whether a client who sees `waiting` others queued walks away at once. */
export interface BalkingPolicy {
  /** Probability of balking on seeing `waiting` clients already waiting. */
  probability(waiting: number): number;
}
