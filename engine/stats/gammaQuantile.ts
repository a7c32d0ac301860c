import { gammaln } from "simple-statistics";
import { regularizedGammaP } from "./regularizedGamma.js";

/**
 * The quantile of the gamma distribution with the given shape and scale 1: the x with
 * P(shape, x) = p. Newton steps from a Wilson-Hilferty start, kept inside a bracket that
 * bisection tightens whenever a step would leave it, so it always converges.
 */
export function gammaQuantile(p: number, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`gammaQuantile requires shape > 0, got ${shape}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`gammaQuantile requires p in [0, 1], got ${p}`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  let lo = 0;
  let hi = Math.max(1, shape) * 10;
  while (regularizedGammaP(shape, hi) < p) {
    lo = hi;
    hi *= 2;
  }
  // Wilson-Hilferty start, clamped into the bracket.
  const z = Math.SQRT2 * inverseErfApprox(2 * p - 1);
  const w = 1 / (9 * shape);
  let x = shape * Math.pow(1 - w + z * Math.sqrt(w), 3);
  if (!(x > lo && x < hi)) x = (lo + hi) / 2;
  const lnG = gammaln(shape);
  for (let i = 0; i < 200; i++) {
    const f = regularizedGammaP(shape, x) - p;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((shape - 1) * Math.log(x) - x - lnG);
    let next = density > 0 ? x - f / density : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-14 * next || hi - lo <= 1e-15 * hi) return next;
    x = next;
  }
  return x;
}

/** A coarse inverse error function, used only for a starting point. */
function inverseErfApprox(y: number): number {
  const a = 0.147;
  const ln = Math.log(1 - y * y);
  const t = 2 / (Math.PI * a) + ln / 2;
  return Math.sign(y) * Math.sqrt(Math.sqrt(t * t - ln / a) - t);
}
