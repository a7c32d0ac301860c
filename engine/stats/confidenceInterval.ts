import { mean, sampleStandardDeviation } from "simple-statistics";
import { studentTQuantile } from "./studentT.js";

/** Mean, standard error and a two-sided Student t interval of independent observations. */
export interface Estimate {
  mean: number;
  /** Standard error of the mean (sample standard deviation / sqrt(n)); 0 when n < 2. */
  se: number;
  /** [low, high] of the confidence interval; both equal the mean when n < 2. */
  ci95: [number, number];
  /** Number of observations (replications) that had a value. */
  n: number;
}

/**
 * Estimates a mean from independent observations (one per replication) with a Student t
 * interval at the given level (0.95 by default). Requires at least one observation.
 */
export function estimateMean(values: readonly number[], level = 0.95): Estimate {
  if (values.length === 0) throw new RangeError("estimateMean requires at least one observation");
  if (!(level > 0 && level < 1)) throw new RangeError(`estimateMean requires a level in (0, 1), got ${level}`);
  const m = mean(values as number[]);
  const n = values.length;
  if (n < 2) return { mean: m, se: 0, ci95: [m, m], n };
  const se = sampleStandardDeviation(values as number[]) / Math.sqrt(n);
  const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * se;
  return { mean: m, se, ci95: [m - half, m + half], n };
}
