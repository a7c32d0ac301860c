import { ContactTally, OUTCOMES, type PreparedEnd } from "../../metrics/index.js";
import { originOf, type Contact } from "../contact.js";
import type { ModelSpec } from "../modelSpec.js";
import { ORIGIN } from "../contactOrigin.js";
import { SECONDS_PER_DAY, WEEKDAYS } from "../../time/index.js";

/** Kinds of task, by `CompanyContact.task` (TASK; none is not a task). */
export const TASK_KINDS = ["", "payments", "approvals", "complaints"] as const;

/** The tallies of one observation window. */
export interface Tallies {
  overall: ContactTally;
  byChannel: ContactTally[];
  bySegment: ContactTally[];
  byPool: ContactTally[];
  byDepartment: ContactTally[];
  byInterval: ContactTally[];
  /** Per kind of task (TASK_KINDS) and pool: the payments, approvals and complaints taken there. */
  tasks: ContactTally[][];
  /** Contacts the clients started (not outbound conversations or calls back to leads); the overall tally when no pool works outbound. */
  inbound: ContactTally;
  /** Per pool and interval of the day (only when the model asks for them), else empty. */
  byPoolInterval: ContactTally[][];
  /** Per pool, weekday (0: Monday) and interval of the day (only when the model asks for pool intervals), else empty. */
  byPoolWeekdayInterval: ContactTally[][][];
  /** Contacts by channel, department of the last pool (the last index: none) and outcome. */
  flow: Float64Array;
}

/** Index of a channel, department (-1: none) and outcome in `Tallies.flow`. */
function flowIndex(spec: ModelSpec, channel: number, department: number, outcome: number): number {
  const departments = spec.departments.length + 1;
  const d = department < 0 ? spec.departments.length : department;
  return (channel * departments + d) * OUTCOMES.length + outcome;
}

/**
 * New tallies for a window. A group with a single member (the only channel, segment or pool)
 * is the same set of contacts as the whole model, so it shares the overall tally.
 */
export function freshTallies(spec: ModelSpec): Tallies {
  const th = spec.thresholdsSeconds;
  const overall = new ContactTally(th, true);
  const group = (names: readonly unknown[]) =>
    names.length === 1 ? [overall] : names.map(() => new ContactTally(th, true));
  return {
    overall,
    byChannel: group(spec.channels),
    bySegment: group(spec.segments),
    byPool: group(spec.pools),
    byDepartment: spec.departments.map(() => new ContactTally(th, true)),
    byInterval: Array.from({ length: spec.calendar.intervalsPerDay }, () => new ContactTally(th, false)),
    tasks: TASK_KINDS.map(() => spec.pools.map(() => new ContactTally(th, true))),
    // Without outbound work every contact is the client's own: the inbound tally is the overall one.
    inbound: spec.pools.some((p) => p.outbound !== null) ? new ContactTally(th, true) : overall,
    byPoolInterval: spec.poolIntervals
      ? spec.pools.map(() => Array.from({ length: spec.calendar.intervalsPerDay }, () => new ContactTally(th, false)))
      : [],
    byPoolWeekdayInterval: spec.poolIntervals
      ? spec.pools.map(() =>
          WEEKDAYS.map(() => Array.from({ length: spec.calendar.intervalsPerDay }, () => new ContactTally(th, false))),
        )
      : [],
    flow: new Float64Array(spec.channels.length * (spec.departments.length + 1) * OUTCOMES.length),
  };
}

/** Counts a contact's end in every group it belongs to (each tally once). */
export function tallyContact(t: Tallies, spec: ModelSpec, contact: Contact, e: PreparedEnd): void {
  const overall = t.overall;
  countIn(overall, e);
  countIn(t.byInterval[contact.interval]!, e);
  if (t.inbound !== overall && originOf(contact) === ORIGIN.client) countIn(t.inbound, e);
  const channel = t.byChannel[contact.channel]!;
  if (channel !== overall) countIn(channel, e);
  const segment = t.bySegment[contact.segment]!;
  if (segment !== overall) countIn(segment, e);
  const department = contact.pool >= 0 ? spec.pools[contact.pool]!.department : -1;
  const f = flowIndex(spec, contact.channel, department, e.outcome);
  t.flow[f] = t.flow[f]! + 1;
  if (contact.pool >= 0) {
    const pool = t.byPool[contact.pool]!;
    if (pool !== overall) countIn(pool, e);
    const d = spec.pools[contact.pool]!.department;
    if (d >= 0) countIn(t.byDepartment[d]!, e);
    if (t.byPoolInterval.length > 0) {
      countIn(t.byPoolInterval[contact.pool]![contact.interval]!, e);
      const weekday = WEEKDAYS.indexOf(spec.calendar.weekdayOfDay(Math.floor(contact.arrivalTime / SECONDS_PER_DAY)));
      countIn(t.byPoolWeekdayInterval[contact.pool]![weekday]![contact.interval]!, e);
    }
  }
}

function countIn(g: ContactTally, e: PreparedEnd): void {
  g.arrive();
  g.end(e);
}
