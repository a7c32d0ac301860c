/**
 * Steady-state figures of a single-pool queue, with the definitions `clientflow erlang` uses
 * (W is the wait from arrival to service start, or to abandoning). Each analytic model fills
 * only the keys it has an exact formula for.
 */
export interface QueueMetrics {
  /** Refused because the system was full, over arrivals. */
  pBlock?: number;
  /** W > 0, over admitted. */
  pWait?: number;
  /** Left before service, over admitted. */
  pAbandon?: number;
  /** Mean W in seconds over admitted (abandoners with their time to abandon). */
  meanWait?: number;
  /** Mean W in seconds over served. */
  meanWaitServed?: number;
  /** Per threshold in seconds: served with W <= t, over served. */
  slServed?: Record<string, number>;
  /** Per threshold in seconds: served with W <= t, over admitted. */
  slAnswered?: Record<string, number>;
  /** Time-average number waiting (not in service). */
  meanQueueLength?: number;
  /** Time-average busy agents / agents. */
  occupancy?: number;
}
