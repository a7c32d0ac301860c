/**
 * Durations in scenario files: a number of seconds, or a readable string such as "90 s",
 * "4 min", "1.5h", "1h 30m" or "2 days". This is the one place where they become seconds.
 */
export const DURATION_PATTERN =
  /^\s*(\d+(\.\d+)?\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)\s*)+$/i;

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800,
};

/** A duration as written in a scenario: seconds, or a string with units. */
export type DurationInput = number | string;

/** Converts a scenario duration to seconds; throws a RangeError naming the bad input. */
export function toSeconds(input: DurationInput): number {
  if (typeof input === "number") {
    if (!(input >= 0) || !Number.isFinite(input)) {
      throw new RangeError(`a duration must be a finite number of seconds >= 0, found ${input}`);
    }
    return input;
  }
  if (!DURATION_PATTERN.test(input)) {
    throw new RangeError(`a duration must look like "90 s", "4 min" or "1h 30m", found "${input}"`);
  }
  let total = 0;
  for (const m of input.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/gi)) {
    total += Number(m[1]) * UNIT_SECONDS[m[2]!.toLowerCase()]!;
  }
  return total;
}
