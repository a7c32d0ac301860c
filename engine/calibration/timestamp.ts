import { WEEKDAYS, type Weekday } from "../time/index.js";

/** A moment of a record as the company's clock showed it: a day number, the second of the day, the weekday. */
export interface Timestamp {
  /** Days since 1970-01-01 (the calendar date as written; no time zone is applied). */
  day: number;
  /** Seconds since midnight, 0 to 86399. */
  secondOfDay: number;
  weekday: Weekday;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const RUSSIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** 1970-01-01 was a Thursday: index 3 in WEEKDAYS (mon first). */
const EPOCH_WEEKDAY = 3;

/**
 * Reads a date and time written as ISO ("2024-03-04T09:15", "2024-03-04 09:15:30") or as
 * Russian exports write it ("04.03.2024 09:15"). The clock time is taken as written (a zone
 * offset is ignored, since the company's profile is by its own clock). Null when unreadable
 * or not a real date (31.02.2024, 25:00).
 */
export function parseTimestamp(text: string): Timestamp | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  const ru = iso === null ? RUSSIAN.exec(t) : null;
  const m = iso ?? ru;
  if (m === null) return null;
  const [year, month, date] = iso !== null ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const y = Number(year);
  const mo = Number(month);
  const d = Number(date);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  if (d > daysInMonth(y, mo)) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const day = Math.round(ms / 86_400_000);
  const weekday = WEEKDAYS[(((day + EPOCH_WEEKDAY) % 7) + 7) % 7]!;
  return { day, secondOfDay: h * 3600 + mi * 60 + s, weekday };
}

/** Days in a month of the Gregorian calendar (month 1-12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The ISO date ("2024-03-04") of a day number (days since 1970-01-01), by H. Hinnant's
 * civil-from-days algorithm: plain arithmetic, no Date object in the engine.
 */
export function isoDate(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
