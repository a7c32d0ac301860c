import type { Scenario } from "../scenario/index.js";
import { staffModels } from "../scenario/model/staff.js";
import { clockToSeconds, SECONDS_PER_DAY, WEEKDAYS, type Weekday } from "../time/index.js";
import { covers, patternHours, type PatternCounts, type ShiftPattern } from "./shiftPatterns.js";

/** One pool's roster on one weekday: people on duty, paid hours (breaks included), people on duty per interval. */
export interface DayRoster {
  people: number;
  paidHours: number;
  /** People on shift for the whole of each interval of the day (breaks not taken off). */
  onDuty: number[];
}

/** Opening [open, close) of a weekday in seconds after midnight, or null when closed. */
export function openingOf(scenario: Scenario, day: Weekday): [number, number] | null {
  const hours = scenario.calendar.openingHours;
  if (hours === "always") return [0, SECONDS_PER_DAY];
  const h = hours[day];
  return h ? [clockToSeconds(h.open), clockToSeconds(h.close)] : null;
}

/** The weekdays the business is open. */
export function openDays(scenario: Scenario): Weekday[] {
  return WEEKDAYS.filter((d) => openingOf(scenario, d) !== null);
}

/** A pool's roster as the scenario states it, per weekday. */
export function currentRoster(scenario: Scenario, pool: string, intervalSeconds: number): Record<Weekday, DayRoster> {
  const p = scenario.pools.find((x) => x.name === pool);
  const slots = SECONDS_PER_DAY / intervalSeconds;
  const out = {} as Record<Weekday, DayRoster>;
  for (const day of WEEKDAYS) {
    const stretches: [number, number][] = [];
    let people = 0;
    for (const s of p === undefined ? [] : staffModels(p)) {
      let own: [number, number][] = [];
      if (s.roster !== null) own = s.roster[day];
      else if (s.shift !== null) {
        const works = s.shift.weekdays === null ? openingOf(scenario, day) !== null : s.shift.weekdays.has(day);
        if (works) own = [[s.shift.startSeconds, s.shift.endSeconds]];
      } else {
        const open = openingOf(scenario, day);
        if (open !== null) own = [open];
      }
      if (own.length > 0) people++;
      stretches.push(...own);
    }
    out[day] = {
      people,
      paidHours: stretches.reduce((a, [s, e]) => a + (e - s) / 3600, 0),
      onDuty: Array.from(
        { length: slots },
        (_, k) => stretches.filter(([s, e]) => s <= k * intervalSeconds && (k + 1) * intervalSeconds <= e).length,
      ),
    };
  }
  return out;
}

/** A roster of shift patterns, per weekday. */
export function patternRoster(
  patterns: readonly ShiftPattern[],
  counts: PatternCounts,
  intervalSeconds: number,
): Record<Weekday, DayRoster> {
  const slots = SECONDS_PER_DAY / intervalSeconds;
  const out = {} as Record<Weekday, DayRoster>;
  for (const day of WEEKDAYS) {
    const c = counts[day] ?? [];
    out[day] = {
      people: c.reduce((a, n) => a + n, 0),
      paidHours: patterns.reduce((a, p, j) => a + (c[j] ?? 0) * patternHours(p), 0),
      onDuty: Array.from({ length: slots }, (_, k) =>
        patterns.reduce((a, p, j) => a + (covers(p, k, intervalSeconds) ? (c[j] ?? 0) : 0), 0),
      ),
    };
  }
  return out;
}
