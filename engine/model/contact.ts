import type { EventHandle } from "../core/index.js";

/**
 * One contact of a client (a call or a visit). Its own random draws (work content, patience,
 * the uniforms for wrap-up and balking) are fixed when it is created, so that a variant which
 * changes the order of events still sees the same clients.
 */
export interface Contact {
  readonly id: number;
  readonly stream: number;
  readonly channel: number;
  readonly segment: number;
  /** Arrival time in seconds. */
  readonly arrivalTime: number;
  /** Work content in seconds. */
  readonly serviceSeconds: number;
  /** Patience in seconds (Infinity: never gives up). */
  readonly patienceSeconds: number;
  /** Uniform for the wrap-up time, applied to the serving pool's distribution. */
  readonly wrapUpUniform: number;
  /** Uniform compared with the balking probability. */
  readonly balkUniform: number;
  /** Counted in the statistics (arrived inside the observation window). */
  readonly counted: boolean;
  /** Interval of the day of the arrival (0-based). */
  readonly interval: number;
  pool: number;
  priority: number;
  /** The pending abandonment while waiting, else -1. */
  abandonEvent: EventHandle;
  /** Still waiting in a queue. */
  waiting: boolean;
}
