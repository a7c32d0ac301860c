import type { Scenario } from "../scenario/index.js";
import { clockToSeconds, secondsToClock, SECONDS_PER_DAY, toSeconds, WEEKDAYS, type Weekday } from "../time/index.js";
import type { ShiftRule } from "./shiftRulesSchema.js";

/** A break of a shift pattern: its length and the window its start may fall in (seconds after midnight). */
export interface PatternBreak {
  durationSeconds: number;
  earliestSeconds: number;
  latestSeconds: number;
}

/** One shift a person may work: start and end in seconds after midnight, and its breaks. */
export interface ShiftPattern {
  startSeconds: number;
  endSeconds: number;
  breaks: PatternBreak[];
}

/** Paid hours of a shift (breaks are paid, as the model's wages count them). */
export function patternHours(p: ShiftPattern): number {
  return (p.endSeconds - p.startSeconds) / 3600;
}

/** "09:00-18:00". */
export function patternLabel(p: ShiftPattern): string {
  return `${secondsToClock(p.startSeconds)}-${endClock(p.endSeconds)}`;
}

function endClock(seconds: number): string {
  return seconds >= SECONDS_PER_DAY ? "24:00" : secondsToClock(seconds);
}

/**
 * Every shift the rule allows: each start with each length from minHours to maxHours in steps
 * of stepHours that ends by midnight, ordered by start, then length. A break whose window does
 * not fit in the shift is left out; its latest start is cut to end with the shift.
 */
export function shiftPatterns(rule: ShiftRule): ShiftPattern[] {
  const starts = rule.starts.map(clockToSeconds).sort((a, b) => a - b);
  const out: ShiftPattern[] = [];
  for (const start of starts) {
    for (let hours = rule.minHours; hours <= rule.maxHours + 1e-9; hours += rule.stepHours) {
      const end = start + Math.round(hours * 3600);
      if (end > SECONDS_PER_DAY) break;
      const breaks: PatternBreak[] = [];
      for (const b of rule.breaks) {
        const durationSeconds = toSeconds(b.duration);
        const earliestSeconds = start + toSeconds(b.earliest);
        const latestSeconds = Math.min(start + toSeconds(b.latest), end - durationSeconds);
        if (hours + 1e-9 < b.forShiftsOf) continue;
        if (earliestSeconds + durationSeconds > end || latestSeconds < earliestSeconds) continue;
        breaks.push({ durationSeconds, earliestSeconds, latestSeconds });
      }
      out.push({ startSeconds: start, endSeconds: end, breaks });
    }
  }
  return out;
}

/** Whether a pattern is on shift for the whole of interval k of the day. */
export function covers(p: ShiftPattern, k: number, intervalSeconds: number): boolean {
  return p.startSeconds <= k * intervalSeconds && (k + 1) * intervalSeconds <= p.endSeconds;
}

/** People per pattern (by index) on each weekday. */
export type PatternCounts = Partial<Record<Weekday, number[]>>;

type StaffMembers = Extract<Scenario["pools"][number]["staff"], unknown[]>;

/**
 * The people of a roster, as the scenario states named staff: for each pattern, person k works
 * it on every weekday where more than k people work it. The breaks of people on one pattern are
 * spread over the break window, one interval of the day apart (whole minutes).
 */
export function rosterMembers(
  pool: string,
  patterns: readonly ShiftPattern[],
  counts: PatternCounts,
  hourlyCost: number,
  role: string | undefined,
  intervalSeconds: number,
): StaffMembers {
  const members: StaffMembers = [];
  patterns.forEach((p, j) => {
    const most = Math.max(0, ...WEEKDAYS.map((w) => counts[w]?.[j] ?? 0));
    for (let k = 0; k < most; k++) {
      const weekdays = WEEKDAYS.filter((w) => (counts[w]?.[j] ?? 0) > k);
      members.push({
        name: `${pool} ${patternLabel(p)} ${k + 1}`,
        ...(role === undefined ? {} : { role }),
        hourlyCost,
        shift: {
          start: secondsToClock(p.startSeconds),
          end: endClock(p.endSeconds),
          weekdays,
          breaks: p.breaks.map((b) => {
            const positions = Math.floor((b.latestSeconds - b.earliestSeconds) / intervalSeconds) + 1;
            const at = b.earliestSeconds + (k % positions) * intervalSeconds;
            return { start: secondsToClock(Math.floor(at / 60) * 60), duration: b.durationSeconds };
          }),
        },
      });
    }
  });
  return members;
}
