import type { MetricValue } from "../metrics/index.js";
import type { PairedDifference } from "../results/index.js";
import { estimateMean, studentTQuantile } from "../stats/index.js";

/**
 * The difference of a variant from the base on one metric: the results contract's paired
 * difference (mean, se, ci95, n, significant, and Welch's interval of the same runs).
 */
export type Difference = PairedDifference;

/**
 * Paired comparison on common random numbers: replication r of the variant and of the base saw
 * the same clients, so the differences d_r = variant_r - base_r are independent across r, and
 * their Student t interval is the interval of the difference. Replications where either value is
 * undefined are left out. Identical set-ups give a zero difference with a zero-width interval.
 */
export function pairedDifference(variant: readonly MetricValue[], base: readonly MetricValue[]): Difference | null {
  const a: number[] = [];
  const b: number[] = [];
  const d: number[] = [];
  for (let r = 0; r < Math.min(variant.length, base.length); r++) {
    const x = variant[r];
    const y = base[r];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    a.push(x);
    b.push(y);
    d.push(x - y);
  }
  if (d.length === 0) return null;
  const paired = estimateMean(d);
  const significant = d.length >= 2 && (paired.ci95[0] > 0 || paired.ci95[1] < 0);
  return { ...paired, significant, independentCi95: welchInterval(a, b) };
}

/**
 * The difference of two independent samples (runs with different seeds or replications):
 * mean(a) - mean(b) with Welch's 95% interval, which is also its `ci95`. Null when either has
 * no value.
 */
export function independentDifference(a: readonly MetricValue[], b: readonly MetricValue[]): Difference | null {
  const x = a.filter((v): v is number => v !== null && v !== undefined);
  const y = b.filter((v): v is number => v !== null && v !== undefined);
  if (x.length === 0 || y.length === 0) return null;
  const ci95 = welchInterval(x, y);
  const ex = estimateMean(x);
  const ey = estimateMean(y);
  return {
    mean: ex.mean - ey.mean,
    se: Math.sqrt(ex.se * ex.se + ey.se * ey.se),
    ci95,
    n: Math.min(x.length, y.length),
    significant: x.length >= 2 && y.length >= 2 && (ci95[0] > 0 || ci95[1] < 0),
    independentCi95: ci95,
  };
}

/** Welch's 95% interval for mean(a) - mean(b) of independent samples. */
function welchInterval(a: number[], b: number[]): [number, number] {
  const ea = estimateMean(a);
  const eb = estimateMean(b);
  const diff = ea.mean - eb.mean;
  const va = ea.se * ea.se;
  const vb = eb.se * eb.se;
  const se = Math.sqrt(va + vb);
  if (se === 0 || a.length < 2 || b.length < 2) return [diff, diff];
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const half = studentTQuantile(0.975, df) * se;
  return [diff - half, diff + half];
}
