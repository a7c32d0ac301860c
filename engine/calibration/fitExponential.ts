import { gammaQuantile } from "../stats/index.js";
import type { RawFit } from "./familyFit.js";

/**
 * Exponential by maximum likelihood: the mean is the sample mean; its exact interval comes from
 * 2 Σx / mean following chi-square with 2n degrees of freedom.
 */
export function fitExponential(sample: readonly number[], confidence: number): RawFit {
  const n = sample.length;
  const total = sample.reduce((s, x) => s + x, 0);
  const mean = total / n;
  const alpha = 1 - confidence;
  return {
    kind: "exponential",
    parameters: { mean },
    intervals: { mean: [total / gammaQuantile(1 - alpha / 2, n), total / gammaQuantile(alpha / 2, n)] },
    method: "maximum likelihood (mean = sample mean); exact chi-square interval",
    logLikelihood: -n * Math.log(mean) - n,
    parameterCount: 1,
    cdf: (x) => (x <= 0 ? 0 : 1 - Math.exp(-x / mean)),
  };
}
