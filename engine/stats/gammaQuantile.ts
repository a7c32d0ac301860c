import { gammaln } from "simple-statistics";
import { regularizedGammaPOfLog } from "./regularizedGamma.js";

/**
 * The quantile of the gamma distribution with the given shape and scale 1: the x with
 * P(shape, x) = p. Newton steps from a Wilson-Hilferty start (or the small-x expansion), kept
 * inside a bracket that bisection tightens whenever a step would leave it, so it always
 * converges; usually in three or four steps. `lnGammaShape` is ln Γ(shape), for samplers that
 * draw many quantiles of one shape.
 */
export function gammaQuantile(p: number, shape: number, lnGammaShape = gammaln(shape)): number {
  if (!(shape > 0)) throw new RangeError(`gammaQuantile requires shape > 0, got ${shape}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`gammaQuantile requires p in [0, 1], got ${p}`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const lnG = lnGammaShape;
  let x = start(p, shape, lnG);
  let lo = 0;
  let hi = Infinity;
  for (let i = 0; i < 100; i++) {
    // x > 0 here; ln x serves both P(shape, x) and the density.
    const logX = Math.log(x);
    const f = (x === Infinity ? 1 : regularizedGammaPOfLog(shape, x, logX, lnG)) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((shape - 1) * logX - x - lnG);
    let next = density > 0 ? x - f / density : NaN;
    if (hi === Infinity && next > 4 * x + 1) next = 4 * x + 1;
    if (!(next > lo && next < hi)) next = hi === Infinity ? Math.max(2 * x, 1) : (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-13 * next || (hi < Infinity && hi - lo <= 1e-15 * hi)) return next;
    x = next;
  }
  return x;
}

/** A starting point: the small-x expansion P ≈ x^a / Γ(a+1) in the lower tail, else Wilson-Hilferty. */
function start(p: number, shape: number, lnG: number): number {
  const small = Math.exp((Math.log(p) + lnG + Math.log(shape)) / shape);
  if (small < 0.5 * shape || shape < 1) return small > 0 ? small : Number.MIN_VALUE;
  const z = Math.SQRT2 * inverseErfApprox(2 * p - 1);
  const w = 1 / (9 * shape);
  const c = 1 - w + z * Math.sqrt(w);
  const x = shape * c * c * c;
  return x > 0 ? x : small;
}

/** A coarse inverse error function, used only for a starting point. */
function inverseErfApprox(y: number): number {
  const a = 0.147;
  const ln = Math.log(1 - y * y);
  const t = 2 / (Math.PI * a) + ln / 2;
  return Math.sign(y) * Math.sqrt(Math.sqrt(t * t - ln / a) - t);
}
