/**
 * Named event priorities. At equal times, a lower number runs first; ties within a priority
 * run in scheduling order (sequence). Releases run before everything else, as in simmer, so
 * an agent freed at time t takes the client who is waiting at t before that client abandons.
 */
export const PRIORITY = {
  /** An agent finishes a service or a wrap-up. */
  release: 0,
  /** A shift or a break starts or ends. */
  staffing: 1,
  /** A waiting client's patience runs out. */
  abandon: 2,
  /** A client arrives. */
  arrival: 3,
  /** The calendar: opening, closing, the end of the observed period. */
  calendar: 4,
} as const;

export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];
