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
  /** Job title ("" when not given). */
  role: string;
  /** Null: on duty during opening hours (unless a roster says otherwise). */
  shift: ShiftSpec | null;
  /** From a pool's roster: the stretches [start, end) in seconds after midnight worked each weekday. */
  roster: Record<Weekday, [number, number][]> | null;
  /** Wage per hour on shift, in the scenario currency. */
  hourlyCost: number;
}

export interface DepartmentSpec {
  name: string;
  floor: number;
}

export interface PoolSpec {
  name: string;
  /** Department index, or -1. */
  department: number;
  /**
   * The pool's staff serve clients' contacts: a routing rule or the repeat walk-in sends clients
   * to it, and it is neither an admin pool (duties) nor a cashier pool. Own managers come from
   * such pools only.
   */
  servesClients: boolean;
  floor: number;
  staff: readonly StaffSpec[];
  selection: SelectionInput;
  /** Waiting places; Infinity when unlimited. */
  capacity: number;
  wrapUp: Sampler | null;
  merchandising: boolean;
  /** Where clients go when this pool is slow (Infinity: no such trigger). */
  overflow: { pool: number; afterWaitSeconds: number; whenWaiting: number } | null;
  /** Pools whose waiting clients this pool's free staff take, at or above a queue length. */
  helps: readonly { pool: number; whenWaiting: number }[];
  outbound: OutboundSpec | null;
  /** Admin duties: departments run, approvals of large deals, complaints (null: none). */
  duties: {
    departments: number[];
    approveOver: number;
    approvalTime: Sampler | null;
    /** The client and the one serving them wait for the approval before paying. */
    clientWaitsForApproval: boolean;
    complaintShare: number;
    complaintTime: Sampler | null;
  } | null;
}

/** Outbound work a pool's free staff do: cold calls that may give leads, or calls to the base. */
export interface OutboundSpec {
  kind: "cold-calls" | "base-calls";
  channel: number;
  attempt: Sampler;
  answerProbability: number;
  /** Segments called and the cumulative shares (last is 1). */
  segments: number[];
  cumulativeShares: number[];
  leadProbability: number;
  /** Pool that calls leads back, and the channel of those calls (-1: none). */
  leadTo: number;
  leadChannel: number;
}

export interface ChannelSpec {
  name: string;
  kind: "phone" | "visit";
  publicNumber: boolean;
  identifiedOnArrival: boolean;
  /** A contact arriving while closed is lost (true) or moves into the next open day. */
  lostAfterHours: boolean;
  /** Floor where visits arrive. */
  floor: number;
}

export interface DealSpec {
  probability: number;
  /** Per pool, the deal probability when that pool serves (undefined: `probability`). */
  byPool: readonly (number | undefined)[];
  value: Sampler;
  /** The deal probability halves every this many seconds of waiting (Infinity: no effect). */
  waitHalfLifeSeconds: number;
  /** Gross margin as a share of revenue. */
  margin: number;
  /** Visits that end in a deal pay at this pool, taking this long. */
  cashier: { pool: number; time: Sampler } | null;
}

export interface ClienteleSpec {
  /** Department index that owns registered clients. */
  owner: number;
  initialClients: number;
  returnInterval: Sampler;
  /** Channels clients come back by, and the cumulative shares (last is 1). */
  channels: number[];
  cumulativeShares: number[];
  churnPerSecond: number;
  /** A deal of at least `atLeast` makes `owner` the owner instead (null: by segment only). */
  largeDeal: { atLeast: number; owner: number } | null;
}

export interface SegmentSpec {
  name: string;
  deal: DealSpec | null;
  afterCall: { probability: number; delay: Sampler; channel: number } | null;
  retry: { probability: number; delay: Sampler } | null;
  clientele: ClienteleSpec | null;
  /** Clients come back (visit, retry or return): each has a random stream of its own. */
  persistent: boolean;
}

export interface StreamSpec {
  name: string;
  channel: number;
  segment: number;
  /** 0: new clients; 1: leads after a cold call. */
  status: 0 | 1;
  saysColdCalled: number;
  weekly: Record<Weekday, RateSegment[]>;
  /** Arrivals while closed (null: none). */
  closedWeekly: Record<Weekday, RateSegment[]> | null;
  service: Sampler;
  patience: Sampler | null;
  balking: BalkingPolicy | null;
}

/** A routing rule with names resolved to indices; a condition that is undefined matches any contact. */
export interface RouteSpec {
  channel: number | undefined;
  segment: number | undefined;
  /** The client's status code (0 new, 1 lead, 2 registered). */
  status: number | undefined;
  /** The department that owns the client, or "none": a client no department owns. */
  owner: number | "none" | undefined;
  dealsMin: number;
  dealsMax: number;
  /** Time of day [from, to) in seconds after midnight, wrapping past midnight when to < from. */
  time: { fromSeconds: number; toSeconds: number } | undefined;
  /** The caller said (true) or did not say (false) they were cold-called. */
  saidColdCalled: boolean | undefined;
  /** True when the rule uses only what is known before identification (channel, time). */
  visible: boolean;
  pool: number;
  priority: number;
}

/** The repeat walk-in of a client owned by another department (rules 7 and 8). */
export interface RepeatWalkInSpec {
  owner: number;
  at: number;
  to: number;
  /**
   * Per department: the pool that should serve its registered clients who walk into `at`
   * (`to` for `owner`, the first pool of the department that serves clients otherwise; -1 for the
   * department of `at` itself and departments with no such pool).
   */
  toByDepartment: readonly number[];
  policy: "summon" | "escort" | "serve" | "send-upstairs";
  refuseUpstairs: number;
  callTime: Sampler;
  /** N in seconds. */
  limitSeconds: number;
  ownManagerFirst: boolean;
  /** The reaction time with no fine for lateness. */
  reaction: Sampler;
  /** The fine for lateness (scenario currency) and how it shortens the reaction (see the schema). */
  lateFine: number;
  reactionMaxCut: number;
  reactionPayHours: number;
  /** The named manager hands the client in hand to a free colleague instead of finishing it. */
  handOff: boolean;
  /** How long a client told that a manager is coming waits (null: for ever). */
  patience: Sampler | null;
  busyCountsAsNotStarting: boolean;
  overloadedNobodyFree: boolean;
  overloadedWaiting: number;
  leaflet: { share: number; channel: number } | null;
}

export interface FinesSpec {
  lateManager: number;
  notStartedConsultant: number;
  notStartedManager: number;
}

export interface HandoverSpec {
  department: number;
  afterDeal: 1 | 2;
  representativeValue: number;
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
  /** Seasonality: the multiplier of new clients' arrival rates on a day of the run. */
  dayFactor: (day: number) => number;
  departments: readonly DepartmentSpec[];
  segments: readonly SegmentSpec[];
  channels: readonly ChannelSpec[];
  streams: readonly StreamSpec[];
  /** Per channel and segment, the stream whose work content a contact of that kind has (-1: none). */
  contactType: readonly (readonly number[])[];
  pools: readonly PoolSpec[];
  routes: readonly RouteSpec[];
  phone: { lines: number; transferTime: Sampler; ringTimeoutSeconds: number };
  handover: HandoverSpec | null;
  repeatWalkIn: RepeatWalkInSpec | null;
  /** Share of a deal credited to the first contact of a consultation that led to it. */
  firstContactCredit: number;
  /** Department plans and the heads whose score weighs them (names as in the scenario). */
  plans: readonly {
    department: string;
    revenuePerMonth: number;
    salesPerMonth: number;
    weights: { revenue: number; sales: number };
  }[];
  heads: readonly { name: string; departments: Record<string, number> }[];
  fines: FinesSpec;
  /** Time to walk one floor (null: nobody walks). */
  walkPerFloor: Sampler | null;
  /** Service-level thresholds in seconds, ascending. */
  thresholdsSeconds: readonly number[];
  /** The service target the "needed" staff per pool and interval aims at (null: none reported). */
  serviceTarget: { share: number; withinSeconds: number } | null;
  /** Trace one replication, up to maxEvents, from the end of the warm-up or from the start. */
  trace: { replication: number; maxEvents: number; from: "warmupEnd" | "start" } | null;
  /** Also tally each pool per interval of the day (`poolInterval.*` values; for staffing). */
  poolIntervals: boolean;
  /** Overtime is paid at the hourly cost times this factor (an assumption; default 1.5). */
  overtimeFactor: number;
}
