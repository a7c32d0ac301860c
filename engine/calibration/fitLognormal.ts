import { gammaQuantile } from "../stats/index.js";
import type { RawFit } from "./familyFit.js";
import { normalCdf, twoSidedZ } from "./normal.js";

/**
 * Lognormal by maximum likelihood on the logarithms (μ = their mean, σ² = their variance over
 * n), stated as the scenario states it: mean = exp(μ + σ²/2), cv = √(exp(σ²) - 1). Intervals:
 * Cox's method for the mean, the chi-square interval of σ² (n - 1 degrees of freedom) for cv.
 * Needs values above 0.
 */
export function fitLognormal(sample: readonly number[], confidence: number): RawFit | null {
  const n = sample.length;
  if (n < 2 || sample.some((x) => !(x > 0))) return null;
  const logs = sample.map(Math.log);
  const mu = logs.reduce((s, y) => s + y, 0) / n;
  const ss = logs.reduce((s, y) => s + (y - mu) ** 2, 0);
  const sigma2 = ss / n;
  if (!(sigma2 > 0)) return null;
  const s2 = ss / (n - 1);
  const z = twoSidedZ(confidence);
  const alpha = 1 - confidence;
  const centre = mu + s2 / 2;
  const half = z * Math.sqrt(s2 / n + (s2 * s2) / (2 * (n - 1)));
  const cv = (v: number) => Math.sqrt(Math.expm1(v));
  const chi2 = (p: number) => 2 * gammaQuantile(p, (n - 1) / 2);
  const sigma = Math.sqrt(sigma2);
  return {
    kind: "lognormal",
    parameters: { mean: Math.exp(mu + sigma2 / 2), cv: cv(sigma2) },
    intervals: {
      mean: [Math.exp(centre - half), Math.exp(centre + half)],
      cv: [cv(ss / chi2(1 - alpha / 2)), cv(ss / chi2(alpha / 2))],
    },
    method: "maximum likelihood on the logarithms; Cox's interval for the mean, chi-square interval of sigma² for cv",
    logLikelihood: -logs.reduce((s, y) => s + y, 0) - n * Math.log(sigma) - (n / 2) * Math.log(2 * Math.PI) - n / 2,
    parameterCount: 2,
    cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma)),
  };
}
