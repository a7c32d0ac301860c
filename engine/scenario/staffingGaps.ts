import type { ModelSpec, StaffSpec } from "../model/index.js";
import { SECONDS_PER_DAY, secondsToClock, WEEKDAYS, type Weekday } from "../time/index.js";

/** A stretch of a weekday's opening hours when a pool that receives clients has nobody on shift. */
export interface StaffingGap {
  pool: string;
  weekday: Weekday;
  /** [from, to) in seconds after midnight. */
  fromSeconds: number;
  toSeconds: number;
}

/** Sorted, disjoint [start, end) stretches of a day in seconds after midnight. */
type Stretches = [number, number][];

const WHOLE_DAY: Stretches = [[0, SECONDS_PER_DAY]];

/**
 * Per pool that receives clients and per weekday, the stretches of the opening hours when
 * nobody of the pool is on shift, as `scheduleStaffing` puts staff on shift: a roster's
 * stretches, a named shift on its weekdays (every open day when it names none), and the opening
 * hours for staff without either (the whole day when the calendar is always open). An empty
 * staff list leaves every open hour uncovered.
 *
 * A pool receives clients when it is the pool of a routing rule (only within the rule's time
 * window, when it has one), the pool a pool overflows to or helps, the repeat walk-in's `at` or
 * `to` pool, the cashier pool of a segment's deals, the pool leads of outbound work go to, or an
 * admin pool with approvals or complaints to handle. Whether clients actually arrive in a gap
 * (an arrival rate of zero on that weekday) is not looked at: the gap is a gap of the set-up.
 *
 * Breaks are left out: they are short, postponed while a client is in hand, and a lone cashier's
 * lunch makes clients wait rather than go unserved; the staffing heatmap shows them. Overtime
 * after closing is left out too (it only ever adds cover).
 */
export function staffingGaps(spec: ModelSpec): StaffingGap[] {
  const receiving = receivingHours(spec);
  const gaps: StaffingGap[] = [];
  spec.pools.forEach((pool, p) => {
    const when = receiving.get(p);
    if (when === undefined) return;
    for (const weekday of WEEKDAYS) {
      const hours = spec.alwaysOpen ? { openSeconds: 0, closeSeconds: SECONDS_PER_DAY } : openingHours(spec, weekday);
      if (hours === null) continue;
      const covered = union(pool.staff.flatMap((s) => onShift(s, weekday, hours)));
      const open: Stretches = [[hours.openSeconds, hours.closeSeconds]];
      for (const [fromSeconds, toSeconds] of intersect(subtract(open, covered), when)) {
        gaps.push({ pool: pool.name, weekday, fromSeconds, toSeconds });
      }
    }
  });
  return gaps;
}

/** `pool "consultants" receives clients but nobody is on shift on sat 10:00-16:00`. */
export function describeStaffingGap(gap: StaffingGap): string {
  const hours = `${secondsToClock(gap.fromSeconds)}-${secondsToClock(gap.toSeconds)}`;
  return `pool "${gap.pool}" receives clients but nobody is on shift on ${gap.weekday} ${hours}`;
}

function openingHours(spec: ModelSpec, weekday: Weekday) {
  return spec.calendar.spec.openingHours[weekday];
}

/** When one member of staff is on shift on a weekday (breaks left out). */
function onShift(staff: StaffSpec, weekday: Weekday, hours: { openSeconds: number; closeSeconds: number }): Stretches {
  if (staff.roster !== null) return staff.roster[weekday].map(([a, b]): [number, number] => [a, b]);
  const shift = staff.shift;
  if (shift === null) return [[hours.openSeconds, hours.closeSeconds]];
  if (shift.weekdays !== null && !shift.weekdays.has(weekday)) return [];
  return [[shift.startSeconds, shift.endSeconds]];
}

/** Per pool that receives clients, the times of day it can receive them. */
function receivingHours(spec: ModelSpec): Map<number, Stretches> {
  const found = new Map<number, Stretches>();
  const add = (pool: number, when: Stretches) => {
    if (pool < 0) return;
    found.set(pool, union([...(found.get(pool) ?? []), ...when]));
  };
  for (const r of spec.routes)
    add(r.pool, r.time === undefined ? WHOLE_DAY : routeWindow(r.time.fromSeconds, r.time.toSeconds));
  spec.pools.forEach((pool, p) => {
    if (pool.overflow !== null) add(pool.overflow.pool, WHOLE_DAY);
    for (const h of pool.helps) add(h.pool, WHOLE_DAY);
    if (pool.outbound !== null) add(pool.outbound.leadTo, WHOLE_DAY);
    const d = pool.duties;
    if (d !== null && (Number.isFinite(d.approveOver) || d.complaintShare > 0)) add(p, WHOLE_DAY);
  });
  if (spec.repeatWalkIn !== null) {
    add(spec.repeatWalkIn.at, WHOLE_DAY);
    add(spec.repeatWalkIn.to, WHOLE_DAY);
  }
  for (const g of spec.segments) if (g.deal?.cashier) add(g.deal.cashier.pool, WHOLE_DAY);
  return found;
}

/** A routing rule's time window on the clock, which wraps past midnight when it ends before it starts. */
function routeWindow(from: number, to: number): Stretches {
  if (from <= to) return [[from, to]];
  return [
    [0, to],
    [from, SECONDS_PER_DAY],
  ];
}

function union(list: Stretches): Stretches {
  const sorted = list.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Stretches = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** `from` without `minus`; both sorted and disjoint. */
function subtract(from: Stretches, minus: Stretches): Stretches {
  const out: Stretches = [];
  for (const [a, b] of from) {
    let start = a;
    for (const [c, d] of minus) {
      if (d <= start || c >= b) continue;
      if (c > start) out.push([start, c]);
      start = Math.max(start, d);
    }
    if (start < b) out.push([start, b]);
  }
  return out;
}

function intersect(x: Stretches, y: Stretches): Stretches {
  const out: Stretches = [];
  for (const [a, b] of x) {
    for (const [c, d] of y) {
      const lo = Math.max(a, c);
      const hi = Math.min(b, d);
      if (hi > lo) out.push([lo, hi]);
    }
  }
  return out;
}
