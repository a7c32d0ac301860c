/**
 * Choosing among options by relative shares with one uniform: the shares become cumulative
 * bounds once (the last is exactly 1), and a uniform picks the first bound above it.
 */
export function cumulativeShares(shares: readonly number[]): number[] {
  const total = shares.reduce((sum, s) => sum + s, 0);
  if (!(total > 0)) throw new RangeError("cumulativeShares requires shares that add up to more than 0");
  let acc = 0;
  return shares.map((s, i) => (i === shares.length - 1 ? 1 : (acc += s / total)));
}

/** Index of the option a uniform in [0, 1) picks, given cumulative bounds. */
export function pickShare(cumulative: readonly number[], u: number): number {
  let k = 0;
  while (k < cumulative.length - 1 && u >= cumulative[k]!) k++;
  return k;
}
