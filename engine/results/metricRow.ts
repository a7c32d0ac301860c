import type { BreakdownKind, Measure } from "./measures.js";

/**
 * What a row is about: the whole company (`overall`: every contact; `inbound`: the contacts
 * clients started), one named thing (`channel`, `segment`, `department`, `pool`, `person`,
 * `role`, `head`, `plan` of a department, the admin tasks and cashier queue of a pool,
 * `outbound` calls of a pool), a time of day (`interval`, `staffing` and `poolInterval` of a
 * pool), the company's `money` and `fines`, the `flow` of contacts from a channel to a
 * department, and the observation `window`.
 */
export const SCOPES = [
  "window",
  "overall",
  "inbound",
  "channel",
  "segment",
  "department",
  "pool",
  "person",
  "role",
  "payments",
  "approvals",
  "complaints",
  "outbound",
  "money",
  "fines",
  "plan",
  "head",
  "flow",
  "interval",
  "staffing",
  "poolInterval",
] as const;
export type Scope = (typeof SCOPES)[number];

/** What a row is broken down by: an outcome, a cause of loss, a threshold in seconds, a state of staff, a fine's reason. */
export interface Breakdown {
  kind: BreakdownKind;
  value: string | number;
}

/**
 * The columns that name a row. Names are plain strings and may hold any character.
 * - `subject`: the named thing of the scope (channel, segment, department, pool, person, job
 *   title, head, the department of a plan, the pool of tasks or outbound calls, the department a
 *   `flow` row ends in: null when the contact never reached a pool); null for company-wide scopes;
 * - `pool`: a person's pool, and the pool of a `staffing` or `poolInterval` row;
 * - `channel`: the channel of a `flow` row;
 * - `clock`: the time of day ("09:00") an `interval`, `staffing` or `poolInterval` row begins.
 */
export interface MetricColumns {
  scope: Scope;
  subject: string | null;
  pool: string | null;
  channel: string | null;
  clock: string | null;
  measure: Measure;
  breakdown: Breakdown | null;
}

/** Where a value belongs, the measure aside: the scope and whichever names it has. */
export interface Place {
  scope: Scope;
  subject?: string | null;
  pool?: string | null;
  channel?: string | null;
  clock?: string | null;
}

/** A replication's value of one metric; null where it is undefined (a ratio over zero). */
export type MetricValue = number | null;

/** One row of one replication. */
export interface ReplicationRow extends MetricColumns {
  value: MetricValue;
}

/** A metric over replications: mean, standard error, 95% Student t interval, replications with a value. */
export interface MetricSummary {
  mean: number;
  se: number;
  ci95: [number, number];
  n: number;
}

/** One row of a results file: its columns, its unit, the summary over replications (null where none had a value) and each replication's value. */
export interface MetricRow extends MetricColumns {
  unit: string;
  summary: MetricSummary | null;
  values: MetricValue[];
}

/** A row's columns, with every name column present (null where the place has none). */
export function columnsOf(place: Place, measure: Measure, breakdown: Breakdown | null = null): MetricColumns {
  return {
    scope: place.scope,
    subject: place.subject ?? null,
    pool: place.pool ?? null,
    channel: place.channel ?? null,
    clock: place.clock ?? null,
    measure,
    breakdown,
  };
}

/**
 * An identity of a row's columns, to find equal rows in a map. Built from the columns and never
 * parsed back: JSON keeps every name apart whatever characters it holds.
 */
export function rowId(c: MetricColumns): string {
  return JSON.stringify([
    c.scope,
    c.subject,
    c.pool,
    c.channel,
    c.clock,
    c.measure,
    c.breakdown === null ? null : c.breakdown.kind,
    c.breakdown === null ? null : c.breakdown.value,
  ]);
}

/** Only the columns of a row (for a paired difference or a selector written to a file). */
export function pickColumns(c: MetricColumns): MetricColumns {
  return columnsOf(c, c.measure, c.breakdown === null ? null : { kind: c.breakdown.kind, value: c.breakdown.value });
}
