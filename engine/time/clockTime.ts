/** A time of day written "HH:MM" (00:00 to 24:00). */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Converts "HH:MM" to seconds after midnight. */
export function clockToSeconds(text: string): number {
  if (!CLOCK_TIME_PATTERN.test(text)) throw new RangeError(`a time of day must be "HH:MM", found "${text}"`);
  const [h, m] = text.split(":").map(Number) as [number, number];
  return h * 3600 + m * 60;
}

/** Formats seconds after midnight as "HH:MM". */
export function secondsToClock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
