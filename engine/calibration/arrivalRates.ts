import { secondsToClock, WEEKDAYS, type Weekday } from "../time/index.js";
import { POISSON_METHOD, poissonInterval } from "./poissonInterval.js";
import type { Timestamp } from "./timestamp.js";
import type { ArrivalEstimate, DayRate, IntervalRate } from "../results/index.js";

export type { ArrivalEstimate } from "../results/index.js";

/** Half an hour, the step of the estimated profiles. */
export const HALF_HOUR = 1800;

/** The days a file covers: from its first record's date to its last, counted per weekday. */
export interface ObservedDays {
  firstDay: number;
  lastDay: number;
  byWeekday: Record<Weekday, number>;
}

/** Counts the days of each weekday from the first to the last day of the records. */
export function observedDays(days: readonly number[]): ObservedDays {
  const firstDay = Math.min(...days);
  const lastDay = Math.max(...days);
  const byWeekday = Object.fromEntries(WEEKDAYS.map((w) => [w, 0])) as Record<Weekday, number>;
  for (let d = firstDay; d <= lastDay; d++) byWeekday[WEEKDAYS[(((d + 3) % 7) + 7) % 7]!]++;
  return { firstDay, lastDay, byWeekday };
}

/**
 * Estimates arrival rates per channel, segment, weekday and half hour as counts over the time
 * observed (each weekday's days in the file's span), with exact Poisson intervals. Half hours
 * are those of the clock; the span of each weekday's profile is where that channel had any
 * arrival on that weekday, so a quiet half hour inside it is an estimate of 0, not a gap.
 */
export function arrivalRates(
  arrivals: readonly { channel: string; segment: string | null; at: Timestamp }[],
  days: ObservedDays,
  source: string,
  confidence: number,
): ArrivalEstimate[] {
  const span = new Map<string, { first: number; last: number }>();
  const groups = new Map<string, { channel: string; segment: string | null; cells: Map<string, number> }>();
  for (const a of arrivals) {
    const slot = Math.floor(a.at.secondOfDay / HALF_HOUR);
    const spanKey = `${a.channel}|${a.at.weekday}`;
    const s = span.get(spanKey);
    span.set(
      spanKey,
      s === undefined ? { first: slot, last: slot } : { first: Math.min(s.first, slot), last: Math.max(s.last, slot) },
    );
    const key = `${a.channel}|${a.segment ?? ""}`;
    const g = groups.get(key) ?? { channel: a.channel, segment: a.segment, cells: new Map<string, number>() };
    groups.set(key, g);
    const cell = `${a.at.weekday}|${slot}`;
    g.cells.set(cell, (g.cells.get(cell) ?? 0) + 1);
  }
  const out: ArrivalEstimate[] = [];
  for (const g of [...groups.values()].sort((a, b) => compareKeys(a, b))) {
    const perDay: DayRate[] = [];
    const perInterval: IntervalRate[] = [];
    let total = 0;
    for (const weekday of WEEKDAYS) {
      const n = days.byWeekday[weekday];
      if (n === 0) continue;
      const s = span.get(`${g.channel}|${weekday}`);
      let dayCount = 0;
      if (s !== undefined) {
        for (let slot = s.first; slot <= s.last; slot++) {
          const count = g.cells.get(`${weekday}|${slot}`) ?? 0;
          dayCount += count;
          const hours = n / 2;
          perInterval.push({
            weekday,
            from: secondsToClock(slot * HALF_HOUR),
            count,
            hours,
            ratePerHour: count / hours,
            interval: poissonInterval(count, hours, confidence),
          });
        }
      }
      total += dayCount;
      perDay.push({
        weekday,
        days: n,
        count: dayCount,
        perDay: dayCount / n,
        interval: poissonInterval(dayCount, n, confidence),
      });
    }
    out.push({
      channel: g.channel,
      segment: g.segment,
      source,
      count: total,
      method: POISSON_METHOD,
      perDay,
      perInterval,
    });
  }
  return out;
}

const compareKeys = (a: { channel: string; segment: string | null }, b: { channel: string; segment: string | null }) =>
  a.channel.localeCompare(b.channel) || (a.segment ?? "").localeCompare(b.segment ?? "");
