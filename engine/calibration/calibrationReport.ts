import type { Weekday } from "../time/index.js";
import type { ArrivalEstimate } from "./arrivalRates.js";
import type { BadRows } from "./badRows.js";
import type { ExponentialPatience } from "./exponentialPatience.js";
import type { DistributionFit } from "./fitDistribution.js";
import type { SurvivalPoint } from "./kaplanMeier.js";

export const CALIBRATION_FORMAT = "clientflow-calibration";
/** Bumped whenever a field changes meaning or shape; readers check it. */
export const CALIBRATION_VERSION = 1;

/** One input file: rows read, used and left out by reason, and the days it covers. */
export interface SourceSummary {
  file: string;
  kind: "calls" | "visits";
  rowsRead: number;
  rowsUsed: number;
  badRows: BadRows;
  firstDay: string;
  lastDay: string;
  daysByWeekday: Record<Weekday, number>;
}

/** A fitted distribution of durations or amounts for one channel and segment (null: all segments). */
export interface FitEstimate {
  channel: string;
  segment: string | null;
  source: string;
  /** What was measured, e.g. "talk time of answered calls (s)". */
  measured: string;
  fit: DistributionFit;
}

export interface PatienceEstimate {
  channel: string;
  segment: string | null;
  source: string;
  exponential: ExponentialPatience;
  kaplanMeier: { median: number | null; points: SurvivalPoint[] };
  /** The largest gap between the Kaplan-Meier curve and the fitted exponential at the event times. */
  ksDistance: number | null;
}

export interface DealEstimate {
  segment: string;
  source: string;
  visits: number;
  deals: number;
  /** Null when every row has an amount (a file of sales only): the chance cannot be told. */
  probability: { value: number; interval: [number, number]; method: string } | null;
  /** The amounts of the deals (null with fewer than 5 deals). */
  value: DistributionFit | null;
}

/** A number the variant sets, and where it came from. */
export interface WrittenChange {
  path: string;
  note: string;
}

/** The calibration report: plain, versioned data a viewer can draw. */
export interface CalibrationReport {
  format: typeof CALIBRATION_FORMAT;
  version: typeof CALIBRATION_VERSION;
  engine: { name: "clientflow"; version: string };
  scenario: { name: string; file: string };
  /** Confidence of every interval. */
  confidence: number;
  sources: SourceSummary[];
  arrivals: ArrivalEstimate[];
  serviceTimes: FitEstimate[];
  patience: PatienceEstimate[];
  deals: DealEstimate[];
  /** What the variant sets (path and note). */
  written: WrittenChange[];
  /** Estimates not written into the variant, and why. */
  notWritten: string[];
}
