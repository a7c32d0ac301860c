import type { RateSegment } from "../arrivals/index.js";
import type { Sampler } from "../random/index.js";
import type { Calendar, Weekday } from "../time/index.js";
import type { BalkingPolicy } from "./balking/balkingPolicy.js";
import type { SelectionInput } from "./selection/registry.js";

/** A shift in seconds after midnight; `end` may pass midnight only as 86400. */
export interface ShiftSpec {
  startSeconds: number;
  endSeconds: number;
  weekdays: ReadonlySet<Weekday> | null;
  breaks: readonly { startSeconds: number; durationSeconds: number }[];
}

export interface StaffSpec {
  name: string;
  /** Null: on duty during opening hours. */
  shift: ShiftSpec | null;
  /** Wage per hour on shift, in the scenario currency. */
  hourlyCost: number;
}

export interface PoolSpec {
  name: string;
  staff: readonly StaffSpec[];
  selection: SelectionInput;
  /** Waiting places; Infinity when unlimited. */
  capacity: number;
  wrapUp: Sampler | null;
}

export interface StreamSpec {
  name: string;
  channel: number;
  segment: number;
  weekly: Record<Weekday, RateSegment[]>;
  service: Sampler;
  patience: Sampler | null;
  balking: BalkingPolicy | null;
  /** Pool and queue priority from the routing rules. */
  pool: number;
  priority: number;
}

/** Everything a replication needs, resolved from a validated scenario. */
export interface ModelSpec {
  calendar: Calendar;
  alwaysOpen: boolean;
  /** Days simulated (warm-up included), or null for a count-based run. */
  days: number | null;
  warmupDays: number;
  atClosing: "serve-waiting" | "lose-waiting";
  stop: { arrivals: number; warmupArrivals: number } | null;
  segments: readonly string[];
  channels: readonly string[];
  streams: readonly StreamSpec[];
  pools: readonly PoolSpec[];
  /** Service-level thresholds in seconds. */
  thresholdsSeconds: readonly number[];
  trace: { replication: number; maxEvents: number } | null;
}
