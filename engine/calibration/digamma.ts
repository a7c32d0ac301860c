/**
 * The digamma function ψ(x) = d/dx ln Γ(x), x > 0: the recurrence ψ(x) = ψ(x + 1) - 1/x up to
 * x >= 10, then the asymptotic series (error below 1e-13 there).
 */
export function digamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`digamma requires x > 0, got ${x}`);
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  const series = f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/** The trigamma function ψ'(x), x > 0, by the same recurrence and its asymptotic series. */
export function trigamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`trigamma requires x > 0, got ${x}`);
  let shift = 0;
  while (x < 10) {
    shift += 1 / (x * x);
    x += 1;
  }
  const f = 1 / (x * x);
  const series = (1 / x) * (1 + 1 / (2 * x) + f * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30))));
  return shift + series;
}
