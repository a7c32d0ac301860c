/**
 * Welch's two-sample confidence interval for a difference of means, written here from the
 * textbook so that the comparison does not lean on the engine's own statistics.
 */

/** The standard normal quantile (Acklam's rational approximation, relative error about 1e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  const low = 0.02425;
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/**
 * Student's t quantile by the Cornish-Fisher expansion (Abramowitz and Stegun 26.7.5), four
 * terms: within 1e-4 of the exact value from 10 degrees of freedom on (a Welch interval of two
 * samples of n has at least n - 1). Fractional degrees of freedom are allowed.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(df >= 10)) throw new RangeError(`studentTQuantile: needs df >= 10 for this accuracy, got ${df}`);
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

export interface Summary {
  n: number;
  mean: number;
  /** Sample variance (n - 1 in the denominator). */
  variance: number;
}

export function summary(xs: readonly number[]): Summary {
  const n = xs.length;
  if (n < 2) throw new RangeError("summary: needs at least two values");
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { n, mean, variance };
}

export interface WelchInterval {
  /** Mean of a minus mean of b, and the interval around it. */
  difference: number;
  low: number;
  high: number;
  /** Welch-Satterthwaite degrees of freedom (NaN when both samples are constant). */
  df: number;
  a: Summary;
  b: Summary;
}

/**
 * The two-sided `level` interval for mean(a) - mean(b), unequal variances. When both samples
 * are constant the interval is the single point of the difference.
 */
export function welchInterval(a: readonly number[], b: readonly number[], level: number): WelchInterval {
  const sa = summary(a);
  const sb = summary(b);
  const difference = sa.mean - sb.mean;
  const va = sa.variance / sa.n;
  const vb = sb.variance / sb.n;
  const se2 = va + vb;
  if (se2 === 0) return { difference, low: difference, high: difference, df: NaN, a: sa, b: sb };
  const df = (se2 * se2) / ((va * va) / (sa.n - 1) + (vb * vb) / (sb.n - 1));
  const half = studentTQuantile(1 - (1 - level) / 2, df) * Math.sqrt(se2);
  return { difference, low: difference - half, high: difference + half, df, a: sa, b: sb };
}
