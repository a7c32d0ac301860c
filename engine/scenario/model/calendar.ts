import { Calendar, clockToSeconds, WEEKDAYS, type OpeningHours, type Weekday } from "../../time/index.js";
import type { ModelSpec } from "../../model/index.js";
import type { Scenario } from "../schema/index.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
type Month = (typeof MONTHS)[number];

/** The calendar section: opening hours, reporting intervals, run length and seasonality. */
export function calendarModel(
  s: Scenario,
): Pick<ModelSpec, "calendar" | "alwaysOpen" | "days" | "warmupDays" | "atClosing" | "stop" | "dayFactor"> {
  const c = s.calendar;
  const openingHours = {} as Record<Weekday, OpeningHours | null>;
  for (const day of WEEKDAYS) {
    const h = c.openingHours === "always" ? { open: "00:00", close: "24:00" } : c.openingHours[day];
    openingHours[day] = h ? { openSeconds: clockToSeconds(h.open), closeSeconds: clockToSeconds(h.close) } : null;
  }
  return {
    calendar: new Calendar({ intervalSeconds: c.intervalMinutes * 60, startWeekday: c.startWeekday, openingHours }),
    alwaysOpen: c.openingHours === "always",
    days: c.days ?? null,
    warmupDays: c.warmupDays,
    atClosing: c.atClosing,
    stop: s.stop ?? null,
    dayFactor: monthFactor(c.startMonth, c.monthFactors),
  };
}

/** Day of the run to its month's factor, with months of 365/12 days from the start month. */
function monthFactor(start: Month, factors: Partial<Record<Month, number>>): (day: number) => number {
  const first = MONTHS.indexOf(start);
  const table = MONTHS.map((m) => factors[m] ?? 1);
  if (table.every((f) => f === 1)) return () => 1;
  return (day: number) => table[(first + Math.floor(day / (365 / 12))) % 12]!;
}
