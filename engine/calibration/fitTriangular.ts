import type { RawFit } from "./familyFit.js";

/**
 * Triangular: min and max just beyond the sample's extremes (by the range over n, so that no
 * value has density 0), and the mode by maximum likelihood over the order statistics, where
 * the maximum lies for given ends (Oliver 1972). No interval is given.
 */
export function fitTriangular(sample: readonly number[]): RawFit | null {
  const n = sample.length;
  const x = [...sample].sort((p, q) => p - q);
  const range = x[n - 1]! - x[0]!;
  if (n < 3 || !(range > 0)) return null;
  const a = Math.max(0, x[0]! - range / n);
  const b = x[n - 1]! + range / n;
  // prefix[i] = Σ_{j<i} ln(x_j - a), suffix[i] = Σ_{j>=i} ln(b - x_j)
  const prefix = [0];
  for (let i = 0; i < n; i++) prefix.push(prefix[i]! + Math.log(Math.max(x[i]! - a, Number.MIN_VALUE)));
  const suffix = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + Math.log(b - x[i]!);
  let best = -Infinity;
  let mode = x[0]!;
  for (let i = 0; i < n; i++) {
    const c = x[i]!;
    // values below c (indices < i) on the rising side, the rest on the falling side
    const rising = i === 0 ? 0 : prefix[i]! - i * Math.log(c - a);
    const falling = suffix[i]! - (n - i) * Math.log(b - c);
    const ll = n * Math.log(2 / (b - a)) + rising + falling;
    if (ll > best) {
      best = ll;
      mode = c;
    }
  }
  const cdf = (t: number): number => {
    if (t <= a) return 0;
    if (t >= b) return 1;
    return t <= mode ? (t - a) ** 2 / ((b - a) * (mode - a)) : 1 - (b - t) ** 2 / ((b - a) * (b - mode));
  };
  return {
    kind: "triangular",
    parameters: { min: a, mode, max: b },
    intervals: { min: null, mode: null, max: null },
    method:
      "ends just beyond the sample's extremes (range / n); mode by maximum likelihood over the order statistics; no interval",
    logLikelihood: best,
    parameterCount: 3,
    cdf,
  };
}
