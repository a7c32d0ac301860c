import { z } from "zod";
import { calibrationInterval, distributionFit, exponentialPatience, survivalPoint } from "./calibrationFits.js";
import { amount } from "./resultsSchema.js";

export const CALIBRATION_FORMAT = "clientflow-calibration";
/** Bumped whenever a field changes meaning or shape; readers check it. */
export const CALIBRATION_VERSION = 1;

const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Days of the week as scenario files name them (engine/time's WEEKDAYS). */
const weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

/** Rows left out of a file, by reason: how many, and the first few row numbers to look at. */
export const badRows = z.record(z.string(), z.object({ count, rows: z.array(count) }));
export type BadRows = z.infer<typeof badRows>;

/** One input file: rows read, used and left out by reason, and the days it covers. */
export const sourceSummary = z.object({
  file: z.string(),
  kind: z.enum(["calls", "visits"]),
  rowsRead: count,
  rowsUsed: count,
  badRows,
  /** "YYYY-MM-DD" of the first and last record. */
  firstDay: z.string(),
  lastDay: z.string(),
  daysByWeekday: z.record(weekday, count),
});
export type SourceSummary = z.infer<typeof sourceSummary>;

/** Arrivals per hour in one half hour of one weekday. */
export const intervalRate = z.object({
  weekday,
  /** Start of the half hour, "HH:MM". */
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  count,
  /** Hours observed: days of this weekday x 0.5. */
  hours: amount,
  ratePerHour: amount,
  interval: calibrationInterval,
});
export type IntervalRate = z.infer<typeof intervalRate>;

/** Arrivals per day of one weekday. */
export const dayRate = z.object({ weekday, days: count, count, perDay: amount, interval: calibrationInterval });
export type DayRate = z.infer<typeof dayRate>;

/** The estimated arrival rates of one channel and segment (null: records without a segment). */
export const arrivalEstimate = z.object({
  channel: z.string(),
  segment: z.string().nullable(),
  source: z.string(),
  count,
  method: z.string(),
  perDay: z.array(dayRate),
  /** Every half hour from the first to the last in which the channel had an arrival on that weekday. */
  perInterval: z.array(intervalRate),
});
export type ArrivalEstimate = z.infer<typeof arrivalEstimate>;

/** A fitted distribution of durations or amounts for one channel and segment (null: all segments). */
export const fitEstimate = z.object({
  channel: z.string(),
  segment: z.string().nullable(),
  source: z.string(),
  /** What was measured, e.g. "talk time of answered calls (s)". */
  measured: z.string(),
  fit: distributionFit,
});
export type FitEstimate = z.infer<typeof fitEstimate>;

/** A distribution not fitted for one channel and segment: too few values to fit one. */
export const unfittedEstimate = z.object({
  channel: z.string(),
  segment: z.string().nullable(),
  source: z.string(),
  /** What would have been measured, e.g. "talk time of answered calls (s)". */
  measured: z.string(),
  /** How many values there were. */
  count,
  /** How many a fit needs at least. */
  needed: count,
});
export type UnfittedEstimate = z.infer<typeof unfittedEstimate>;

/** Patience of one channel and segment: the exponential written, the Kaplan-Meier curve beside it. */
export const patienceEstimate = z.object({
  channel: z.string(),
  segment: z.string().nullable(),
  source: z.string(),
  exponential: exponentialPatience,
  kaplanMeier: z.object({ median: amount.nullable(), points: z.array(survivalPoint) }),
  /** The largest gap between the Kaplan-Meier curve and the fitted exponential at the event times. */
  ksDistance: amount.nullable(),
});
export type PatienceEstimate = z.infer<typeof patienceEstimate>;

/** Deals of one segment from the visits: the chance of a deal and the amounts. */
export const dealEstimate = z.object({
  segment: z.string(),
  source: z.string(),
  visits: count,
  deals: count,
  /** Null when every row has an amount (a file of sales only): the chance cannot be told. */
  probability: z.object({ value: amount, interval: calibrationInterval, method: z.string() }).nullable(),
  /** The amounts of the deals (null with fewer than 5 deals). */
  value: distributionFit.nullable(),
});
export type DealEstimate = z.infer<typeof dealEstimate>;

/** A number the variant sets, and where it came from. */
export const writtenChange = z.object({ path: z.string(), note: z.string() });
export type WrittenChange = z.infer<typeof writtenChange>;

/** The calibration report (`clientflow calibrate --report`): plain, versioned data a viewer can draw. */
export const calibrationReport = z.object({
  format: z.literal(CALIBRATION_FORMAT),
  version: z.literal(CALIBRATION_VERSION),
  engine: z.object({ name: z.literal("clientflow"), version: z.string() }),
  scenario: z.object({ name: z.string(), file: z.string() }),
  /** Confidence of every interval, e.g. 0.95. */
  confidence: z.number().gt(0).lt(1),
  sources: z.array(sourceSummary),
  arrivals: z.array(arrivalEstimate),
  serviceTimes: z.array(fitEstimate),
  /** Streams whose service time was not fitted: too few answered calls (absent from reports of before: none). */
  unfittedServiceTimes: z.array(unfittedEstimate).default([]),
  patience: z.array(patienceEstimate),
  deals: z.array(dealEstimate),
  /** What the variant sets (path and note). */
  written: z.array(writtenChange),
  /** Estimates not written into the variant, and why. */
  notWritten: z.array(z.string()),
});
export type CalibrationReport = z.infer<typeof calibrationReport>;
