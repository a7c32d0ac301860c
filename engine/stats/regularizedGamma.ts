import { gammaln } from "simple-statistics";

/**
 * The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a > 0 and
 * x >= 0: a series below x < a + 1, a continued fraction above (Numerical Recipes §6.2).
 * simple-statistics has Γ and ln Γ but not this. `lnGammaA` is ln Γ(a), for callers that
 * evaluate many x at one a (the gamma quantile's Newton steps).
 */
export function regularizedGammaP(a: number, x: number, lnGammaA = gammaln(a)): number {
  if (!(a > 0)) throw new RangeError(`regularizedGammaP requires a > 0, got ${a}`);
  if (!(x >= 0)) throw new RangeError(`regularizedGammaP requires x >= 0, got ${x}`);
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return regularizedGammaPOfLog(a, x, Math.log(x), lnGammaA);
}

/**
 * P(a, x) for a > 0 and a finite x > 0 whose natural logarithm `logX` (= Math.log(x)) the
 * caller already has, with `lnGammaA` = ln Γ(a); no argument is checked. The gamma quantile's
 * Newton steps need ln x for the density too, and share it.
 */
export function regularizedGammaPOfLog(a: number, x: number, logX: number, lnGammaA: number): number {
  const lnPrefix = a * logX - x - lnGammaA;
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.min(1, sum * Math.exp(lnPrefix));
  }
  // Lentz's continued fraction for Q(a, x).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.max(0, 1 - Math.exp(lnPrefix) * h);
}
