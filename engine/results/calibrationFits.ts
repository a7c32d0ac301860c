import { z } from "zod";
import { amount } from "./resultsSchema.js";

/** A count of rows, calls, visits or deals. */
const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** An interval at the report's confidence: low end at most the high end. */
export const calibrationInterval = z
  .tuple([amount, amount])
  .refine(([low, high]) => low <= high, { message: "expected an interval whose low end is at most its high end" });

/** The kinds of distribution fitted: the continuous families the scenario language offers. */
export const FITTED_KINDS = ["exponential", "lognormal", "gamma", "uniform", "triangular"] as const;
export type FittedKind = (typeof FITTED_KINDS)[number];

/** One family fitted to a sample by maximum likelihood. */
export const familyFit = z.object({
  kind: z.enum(FITTED_KINDS),
  /** The family's parameters as a scenario states them (exponential: mean; lognormal, gamma: mean, cv; ...), in the sample's unit. */
  parameters: z.record(z.string(), amount),
  /** An interval per parameter at the report's confidence, or null where none is given. */
  intervals: z.record(z.string(), calibrationInterval.nullable()),
  /** How the parameters and their intervals were found. */
  method: z.string(),
  logLikelihood: amount,
  /** Free parameters, for the criteria. */
  parameterCount: count,
  /** Akaike's information criterion, 2k - 2 ln L (shown). */
  aic: amount,
  /** The Bayesian (Schwarz) information criterion, k ln n - 2 ln L: the smallest is chosen. */
  bic: amount,
  /** Kolmogorov-Smirnov distance: the largest gap between the sample's and the fitted CDF (0..1). */
  ks: amount,
});
export type FamilyFit = z.infer<typeof familyFit>;

/** The sample's CDF at one of its quantiles, beside the chosen family's CDF there (shares 0..1). */
export const cdfPoint = z.object({
  /** A value of the sample (seconds or money, as the sample). */
  value: amount,
  /** Share of the sample at most `value`. */
  share: amount,
  /** The chosen family's CDF at `value`. */
  fitted: amount,
});
export type CdfPoint = z.infer<typeof cdfPoint>;

/** Every family fitted to one sample, best first, and the one chosen. */
export const distributionFit = z.object({
  n: count,
  sampleMean: amount,
  /** The kind with the smallest BIC. */
  chosen: z.enum(FITTED_KINDS),
  criterion: z.literal("BIC (smallest)"),
  /** The asymptotic 5% critical value of the KS distance (1.358 / √n), for reading the distances. */
  ksCritical95: amount,
  /** Each family that could be fitted, by increasing BIC. */
  fits: z.array(familyFit).min(1),
  /** Families of the scenario language not fitted, and why. */
  notFitted: z.record(z.string(), z.string()),
  /** The sample's CDF at its smallest value, every 2.5% quantile and its largest (at most 41 points), against the chosen fit. */
  cdf: z.array(cdfPoint).max(41),
});
export type DistributionFit = z.infer<typeof distributionFit>;

/** The Kaplan-Meier survival (still waiting) at one event time: S(t) just after t, with its interval. */
export const survivalPoint = z.object({
  /** Seconds waited. */
  time: amount,
  atRisk: count,
  events: count,
  survival: amount,
  interval: calibrationInterval,
});
export type SurvivalPoint = z.infer<typeof survivalPoint>;

/** The exponential patience estimated from abandoned (events) and answered (censored) waits. */
export const exponentialPatience = z.object({
  abandoned: count,
  answered: count,
  /** Seconds waited by all callers, abandoned or answered: the time at risk. */
  totalWait: amount,
  /** Mean patience in seconds (null with no abandoned call: longer than anything seen). */
  mean: amount.nullable(),
  interval: calibrationInterval.nullable(),
  method: z.string(),
});
export type ExponentialPatience = z.infer<typeof exponentialPatience>;
