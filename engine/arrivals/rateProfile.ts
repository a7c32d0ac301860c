import { clockToSeconds, WEEKDAYS, type Weekday, type Calendar } from "../time/index.js";

/** A stretch of a day with a constant arrival rate; times in seconds after midnight. */
export interface RateSegment {
  startSeconds: number;
  endSeconds: number;
  /** Arrivals per second. */
  ratePerSecond: number;
}

/** How a scenario states a rate: per hour, constant, or stepping at given times of day. */
export type RateInput = number | Record<string, number>;

/**
 * Builds, for each weekday, the piecewise-constant arrival rate of one stream: the stated
 * rate (per hour, constant or stepping at "HH:MM" times, 0 before the first step; a weekday
 * may have a profile of its own) times the weekday factor, and 0 outside opening hours.
 */
export function buildWeeklyProfile(
  calendar: Calendar,
  ratePerHour: RateInput,
  weekdayFactors: Partial<Record<Weekday, number>>,
  byWeekday: Partial<Record<Weekday, RateInput>> = {},
): Record<Weekday, RateSegment[]> {
  const out = {} as Record<Weekday, RateSegment[]>;
  for (const weekday of WEEKDAYS) {
    const input = byWeekday[weekday] ?? ratePerHour;
    const steps: [number, number][] =
      typeof input === "number"
        ? [[0, input]]
        : Object.entries(input)
            .map(([clock, rate]): [number, number] => [clockToSeconds(clock), rate])
            .sort((a, b) => a[0] - b[0]);
    const rateAt = (t: number): number => {
      let r = 0;
      for (const [start, rate] of steps) if (start <= t) r = rate;
      return r;
    };
    const hours = calendar.spec.openingHours[weekday];
    const factor = weekdayFactors[weekday] ?? 1;
    const segments: RateSegment[] = [];
    if (hours !== null && factor > 0) {
      const cuts = new Set<number>([hours.openSeconds, hours.closeSeconds]);
      for (const [start] of steps) if (start > hours.openSeconds && start < hours.closeSeconds) cuts.add(start);
      const sorted = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i + 1 < sorted.length; i++) {
        const rate = (rateAt(sorted[i]!) * factor) / 3600;
        if (rate > 0) segments.push({ startSeconds: sorted[i]!, endSeconds: sorted[i + 1]!, ratePerSecond: rate });
      }
    }
    out[weekday] = segments;
  }
  return out;
}

/** Expected arrivals in one day of the given weekday. */
export function expectedArrivalsPerDay(segments: readonly RateSegment[]): number {
  return segments.reduce((s, g) => s + (g.endSeconds - g.startSeconds) * g.ratePerSecond, 0);
}

/**
 * The complement of opening hours for each weekday, at a constant rate per hour: the profile of
 * contacts that arrive while the business is closed.
 */
export function closedHoursProfile(calendar: Calendar, ratePerHour: number): Record<Weekday, RateSegment[]> {
  const out = {} as Record<Weekday, RateSegment[]>;
  const rate = ratePerHour / 3600;
  for (const weekday of WEEKDAYS) {
    const hours = calendar.spec.openingHours[weekday];
    const stretches: [number, number][] =
      hours === null
        ? [[0, 86400]]
        : [
            [0, hours.openSeconds],
            [hours.closeSeconds, 86400],
          ];
    out[weekday] =
      rate > 0
        ? stretches.filter(([a, b]) => b > a).map(([a, b]) => ({ startSeconds: a, endSeconds: b, ratePerSecond: rate }))
        : [];
  }
  return out;
}
