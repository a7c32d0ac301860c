import { gammaln } from "simple-statistics";
import { regularizedGammaP } from "../stats/index.js";
import { digamma, trigamma } from "./digamma.js";
import type { RawFit } from "./familyFit.js";
import { twoSidedZ } from "./normal.js";

/**
 * Gamma by maximum likelihood: the mean is the sample mean and the shape k solves
 * ln k - ψ(k) = ln(mean) - mean(ln x) (Minka's start, then Newton's steps); cv = 1/√k.
 * Intervals from the Fisher information, which for (mean, k) is diagonal: se(mean) =
 * mean / √(n k), se(k) = 1 / √(n (ψ'(k) - 1/k)), the latter on the log scale. Needs values above 0.
 */
export function fitGamma(sample: readonly number[], confidence: number): RawFit | null {
  const n = sample.length;
  if (n < 2 || sample.some((x) => !(x > 0))) return null;
  const mean = sample.reduce((s, x) => s + x, 0) / n;
  const meanLog = sample.reduce((s, x) => s + Math.log(x), 0) / n;
  const s = Math.log(mean) - meanLog;
  if (!(s > 1e-12)) return null;
  let k = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
  for (let i = 0; i < 50; i++) {
    const step = (Math.log(k) - digamma(k) - s) / (1 / k - trigamma(k));
    const next = Math.max(k - step, k / 10);
    if (Math.abs(next - k) <= 1e-12 * k) {
      k = next;
      break;
    }
    k = next;
  }
  const scale = mean / k;
  const z = twoSidedZ(confidence);
  const seMean = mean / Math.sqrt(n * k);
  const seLogK = 1 / (k * Math.sqrt(n * (trigamma(k) - 1 / k)));
  const kLow = k * Math.exp(-z * seLogK);
  const kHigh = k * Math.exp(z * seLogK);
  const logLikelihood = (k - 1) * n * meanLog - (n * mean) / scale - n * k * Math.log(scale) - n * gammaln(k);
  return {
    kind: "gamma",
    parameters: { mean, cv: 1 / Math.sqrt(k) },
    intervals: { mean: [mean - z * seMean, mean + z * seMean], cv: [1 / Math.sqrt(kHigh), 1 / Math.sqrt(kLow)] },
    method: "maximum likelihood (Newton on the shape); intervals from the Fisher information",
    logLikelihood,
    parameterCount: 2,
    cdf: (x) => (x <= 0 ? 0 : regularizedGammaP(k, x / scale)),
  };
}
