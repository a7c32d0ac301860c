import type { FamilyFit, FittedKind, RawFit } from "./familyFit.js";
import { fitExponential } from "./fitExponential.js";
import { fitGamma } from "./fitGamma.js";
import { fitLognormal } from "./fitLognormal.js";
import { fitTriangular } from "./fitTriangular.js";
import { fitUniform } from "./fitUniform.js";
import { ksCritical95, ksDistance } from "./ksDistance.js";

/** Every family fitted to one sample, best first, and the one chosen. */
export interface DistributionFit {
  n: number;
  sampleMean: number;
  /** The kind with the smallest BIC. */
  chosen: FittedKind;
  criterion: "BIC (smallest)";
  /** The asymptotic 5% critical value of the KS distance (1.358 / √n), for reading the distances. */
  ksCritical95: number;
  /** Each family that could be fitted, by increasing BIC. */
  fits: FamilyFit[];
  /** Families of the scenario language not fitted, and why. */
  notFitted: Record<string, string>;
}

/** The fewest values a sample needs to be fitted. */
export const MIN_FIT_SAMPLE = 5;

/**
 * Fits exponential, lognormal, gamma, uniform and triangular to a sample of positive values by
 * maximum likelihood, and chooses the one with the smallest BIC (k ln n - 2 ln L). BIC rather
 * than AIC because it is consistent: with enough data it picks the family the data came from,
 * where AIC keeps some chance of a family with more parameters (a triangular whose ends hug the
 * sample's extremes, for example). Deterministic and empirical
 * are not fitted (a single value has no likelihood against a spread sample; the empirical
 * family would repeat the sample). Null when the sample has fewer than MIN_FIT_SAMPLE values.
 */
export function fitDistribution(sample: readonly number[], confidence: number): DistributionFit | null {
  const n = sample.length;
  if (n < MIN_FIT_SAMPLE) return null;
  const sorted = [...sample].sort((a, b) => a - b);
  const raw: RawFit[] = [
    fitExponential(sorted, confidence),
    fitLognormal(sorted, confidence),
    fitGamma(sorted, confidence),
    fitUniform(sorted, confidence),
    fitTriangular(sorted),
  ].filter((f): f is RawFit => f !== null);
  const fits: FamilyFit[] = raw
    .map(({ cdf, ...f }) => ({
      ...f,
      aic: 2 * f.parameterCount - 2 * f.logLikelihood,
      bic: f.parameterCount * Math.log(n) - 2 * f.logLikelihood,
      ks: ksDistance(sorted, cdf),
    }))
    .sort((a, b) => a.bic - b.bic);
  const notFitted: Record<string, string> = {
    deterministic: "one value has no likelihood against a spread sample",
    empirical: "it would repeat the sample; not a fitted family",
  };
  for (const kind of ["lognormal", "gamma", "uniform", "triangular"] as const) {
    if (!fits.some((f) => f.kind === kind)) notFitted[kind] = "needs values above 0 that are not all equal";
  }
  return {
    n,
    sampleMean: sorted.reduce((s, x) => s + x, 0) / n,
    chosen: fits[0]!.kind,
    criterion: "BIC (smallest)",
    ksCritical95: ksCritical95(n),
    fits,
    notFitted,
  };
}
