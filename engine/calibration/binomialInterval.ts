import { regularizedBeta } from "../stats/index.js";

/**
 * The exact (Clopper-Pearson) interval for a chance from `successes` of `trials`: the beta
 * quantiles B(α/2; k, n - k + 1) and B(1 - α/2; k + 1, n - k), found by bisection on the
 * regularized incomplete beta. Conservative: it covers at least `confidence`.
 */
export function binomialInterval(successes: number, trials: number, confidence: number): [number, number] {
  if (!(
    Number.isInteger(trials) &&
    trials >= 1 &&
    Number.isInteger(successes) &&
    successes >= 0 &&
    successes <= trials
  )) {
    throw new RangeError(
      `binomialInterval requires whole 0 <= successes <= trials, trials >= 1; got ${successes} of ${trials}`,
    );
  }
  const alpha = 1 - confidence;
  const low = successes === 0 ? 0 : betaQuantile(alpha / 2, successes, trials - successes + 1);
  const high = successes === trials ? 1 : betaQuantile(1 - alpha / 2, successes + 1, trials - successes);
  return [low, high];
}

function betaQuantile(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedBeta(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const BINOMIAL_METHOD = "binomial, exact (Clopper-Pearson) interval";
