import type { CdfPoint } from "../results/index.js";

/** Steps of the quantiles kept: every 2.5%, so a report holds at most 41 points per fit. */
const QUANTILE_STEP = 0.025;

/**
 * The sample's CDF at its smallest value, at every 2.5% quantile and at its largest, beside a
 * fitted CDF at the same values: a bounded picture of the fit for the viewer (the report never
 * holds the sample itself). A value repeated at several quantiles is kept once. The fitted
 * shares are rounded to 6 decimals (a far tail's 1e-200 is 0 on any chart and in a results file).
 */
export function cdfPoints(sorted: readonly number[], cdf: (x: number) => number): CdfPoint[] {
  const n = sorted.length;
  const points: CdfPoint[] = [];
  const steps = Math.round(1 / QUANTILE_STEP);
  for (let k = 0; k <= steps; k++) {
    // The k-th quantile of the sample (the smallest value whose share reaches k/steps).
    const index = Math.min(n - 1, Math.max(0, Math.ceil((k / steps) * n) - 1));
    const value = sorted[index]!;
    if (points.length > 0 && points[points.length - 1]!.value === value) continue;
    let last = index;
    while (last + 1 < n && sorted[last + 1] === value) last++;
    points.push({ value, share: (last + 1) / n, fitted: sixDecimals(cdf(value)) });
  }
  return points;
}

const sixDecimals = (share: number): number => Math.round(share * 1e6) / 1e6;
