import type { DistributionFit } from "../results/index.js";
import { cdfPoints } from "./cdfPoints.js";
import type { FamilyFit, RawFit } from "./familyFit.js";
import { fitExponential } from "./fitExponential.js";
import { fitGamma } from "./fitGamma.js";
import { fitLognormal } from "./fitLognormal.js";
import { fitTriangular } from "./fitTriangular.js";
import { fitUniform } from "./fitUniform.js";
import { ksCritical95, ksDistance } from "./ksDistance.js";

export type { DistributionFit } from "../results/index.js";

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
  const scored = raw
    .map(({ cdf, ...f }) => ({
      fit: {
        ...f,
        aic: 2 * f.parameterCount - 2 * f.logLikelihood,
        bic: f.parameterCount * Math.log(n) - 2 * f.logLikelihood,
        ks: ksDistance(sorted, cdf),
      } satisfies FamilyFit,
      cdf,
    }))
    .sort((a, b) => a.fit.bic - b.fit.bic);
  const fits = scored.map((s) => s.fit);
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
    cdf: cdfPoints(sorted, scored[0]!.cdf),
  };
}
