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

  /** True when the business is open at this time. */
  isOpen(timeSeconds: number): boolean {
    const day = this.dayOf(timeSeconds);
    const hours = this.hoursOfDay(day);
    if (hours === null) return false;
    const t = timeSeconds - day * SECONDS_PER_DAY;
    return t >= hours.openSeconds && t < hours.closeSeconds;
  }
}
