import { SECONDS_PER_DAY, WEEKDAYS, type Weekday } from "./weekday.js";

/** Opening hours of one day in seconds after midnight; `null` when closed all day. */
export interface OpeningHours {
  openSeconds: number;
  closeSeconds: number;
}

/** The resolved calendar of a run. Day 0 starts at time 0. */
export interface CalendarSpec {
  /** Length of a reporting interval in seconds (15, 30 or 60 minutes). */
  intervalSeconds: number;
  /** Weekday of day 0. */
  startWeekday: Weekday;
  /** Opening hours per weekday; `null` means closed. */
  openingHours: Record<Weekday, OpeningHours | null>;
}

/**
 * Answers calendar questions for a run: which weekday a day is, when it opens and closes,
 * and which interval of the day a time falls in.
 */
export class Calendar {
  readonly intervalSeconds: number;
  readonly intervalsPerDay: number;
  private readonly startIndex: number;

  constructor(readonly spec: CalendarSpec) {
    if (!(spec.intervalSeconds > 0) || SECONDS_PER_DAY % spec.intervalSeconds !== 0) {
      throw new RangeError(`Calendar requires an interval that divides a day, got ${spec.intervalSeconds} s`);
    }
    this.intervalSeconds = spec.intervalSeconds;
    this.intervalsPerDay = SECONDS_PER_DAY / spec.intervalSeconds;
    this.startIndex = WEEKDAYS.indexOf(spec.startWeekday);
  }

  /** Day number (0-based) of a time in seconds. */
  dayOf(timeSeconds: number): number {
    return Math.floor(timeSeconds / SECONDS_PER_DAY);
  }

  weekdayOfDay(day: number): Weekday {
    return WEEKDAYS[(this.startIndex + day) % 7]!;
  }

  /** Opening hours of a day, or null when it is closed. */
  hoursOfDay(day: number): OpeningHours | null {
    return this.spec.openingHours[this.weekdayOfDay(day)];
  }

  /** Interval of the day (0-based) a time falls in. */
  intervalOfDay(timeSeconds: number): number {
    return Math.floor((timeSeconds - this.dayOf(timeSeconds) * SECONDS_PER_DAY) / this.intervalSeconds);
  }

  /**
   * The opening [start, end) in seconds that comes next at or after `timeSeconds` (the current
   * one when open), or null when no day of the week is open.
   */
  nextOpening(timeSeconds: number): [number, number] | null {
    const first = this.dayOf(timeSeconds);
    for (let day = first; day <= first + 7; day++) {
      const hours = this.hoursOfDay(day);
      if (hours === null) continue;
      const start = day * SECONDS_PER_DAY + hours.openSeconds;
      const end = day * SECONDS_PER_DAY + hours.closeSeconds;
      if (end > timeSeconds) return [Math.max(start, timeSeconds), end];
    }
    return null;
  }

  /** The last closing time at or before `timeSeconds` within a week, or the start of that week. */
  previousClosing(timeSeconds: number): number {
    const first = this.dayOf(timeSeconds);
    for (let day = first; day >= first - 7; day--) {
      if (day < 0) break;
      const hours = this.hoursOfDay(day);
      if (hours === null) continue;
      const end = day * SECONDS_PER_DAY + hours.closeSeconds;
      if (end <= timeSeconds) return end;
    }
    return Math.max(0, (first - 7) * SECONDS_PER_DAY);
  }

  /** True when the business is open at this time. */
  isOpen(timeSeconds: number): boolean {
    const day = this.dayOf(timeSeconds);
    const hours = this.hoursOfDay(day);
    if (hours === null) return false;
    const t = timeSeconds - day * SECONDS_PER_DAY;
    return t >= hours.openSeconds && t < hours.closeSeconds;
  }
}
