/**
 * The Kolmogorov-Smirnov distance between a sorted sample and a CDF: the largest of
 * i/n - F(x_i) and F(x_i) - (i - 1)/n over the sample.
 */
export function ksDistance(sorted: readonly number[], cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  });
  return d;
}

/**
 * The asymptotic 5% critical value of the KS distance, 1.358 / √n. With parameters estimated
 * from the same sample the true critical value is smaller (Lilliefors), so a distance under
 * this figure is a reading, not a test passed.
 */
export const ksCritical95 = (n: number): number => 1.358 / Math.sqrt(n);
