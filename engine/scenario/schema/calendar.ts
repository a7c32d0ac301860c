import { z } from "zod";
import { clockTime, MAX_RATE_FACTOR, weekday } from "./fields.js";

const openingHours = z.strictObject({
  open: clockTime.meta({ description: 'Opening time on the company clock, "HH:MM".' }),
  close: clockTime.meta({ description: 'Closing time, "HH:MM", after the opening time ("24:00" for midnight).' }),
});

export const calendarSchema = z
  .strictObject({
    days: z.int().min(1).max(3660).optional().meta({
      description: "Days simulated, warm-up included. Required unless `stop` counts arrivals.",
    }),
    warmupDays: z.int().min(0).default(0).meta({
      description: "Days at the start left out of the statistics (the office fills up with returning clients first).",
    }),
    startWeekday: weekday.default("mon").meta({ description: "Weekday of the first simulated day." }),
    intervalMinutes: z
      .union([z.literal(15), z.literal(30), z.literal(60)])
      .default(30)
      .meta({ description: "Length of the reporting intervals of the day, in minutes." }),
    openingHours: z
      .union([z.literal("always"), z.partialRecord(weekday, openingHours.nullable())])
      .meta({ description: '"always", or opening hours per weekday; a weekday left out or null is closed.' }),
    startMonth: z
      .enum(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
      .default("jan")
      .meta({ description: "Month of the first simulated day (for monthFactors; months are 365/12 days)." }),
    monthFactors: z
      .partialRecord(
        z.enum(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]),
        z.number().nonnegative().max(MAX_RATE_FACTOR),
      )
      .default({})
      .meta({
        description: "Seasonality: multiplier of new clients' arrival rates per month (default 1, at most 10).",
      }),
    atClosing: z.enum(["serve-waiting", "lose-waiting"]).default("serve-waiting").meta({
      description: "At closing time, staff on shift serve the clients already waiting, or those clients are lost.",
    }),
  })
  .meta({ description: "When the business is open and how long a run lasts." });

export const stopSchema = z
  .strictObject({
    arrivals: z.int().min(1).max(50_000_000).meta({ description: "Arrivals counted per replication after warm-up." }),
    warmupArrivals: z.int().min(0).max(50_000_000).default(0).meta({ description: "Arrivals left out first." }),
  })
  .meta({ description: "Count-based run length (for steady-state studies such as `clientflow erlang`)." });
