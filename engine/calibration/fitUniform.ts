import type { RawFit } from "./familyFit.js";

/**
 * Uniform by maximum likelihood: min and max are the sample's extremes. Each end gets the
 * one-sided exact interval from its extreme's distribution (the other end taken as known):
 * the gap t beyond an extreme is at most r (α^(-1/n) - 1), r the sample range, with chance
 * `confidence`; the lower end is cut at 0.
 */
export function fitUniform(sample: readonly number[], confidence: number): RawFit | null {
  const n = sample.length;
  let min = Infinity;
  let max = -Infinity;
  for (const x of sample) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const range = max - min;
  if (n < 2 || !(range > 0)) return null;
  const a = Math.pow(1 - confidence, -1 / n) - 1;
  return {
    kind: "uniform",
    parameters: { min, max },
    intervals: { min: [Math.max(0, min - range * a), min], max: [max, max + range * a] },
    method: "maximum likelihood (the sample's extremes); one-sided exact intervals of the ends",
    logLikelihood: -n * Math.log(range),
    parameterCount: 2,
    cdf: (x) => Math.min(1, Math.max(0, (x - min) / range)),
  };
}
