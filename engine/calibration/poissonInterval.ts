import { gammaQuantile } from "../stats/index.js";

/**
 * The exact (Garwood) interval for a Poisson rate from `count` events over `exposure` (any
 * unit): [G(α/2; k), G(1 - α/2; k + 1)] / exposure, with G the gamma quantile of scale 1
 * (the chi-square form halved). Conservative: it covers at least `confidence`.
 */
export function poissonInterval(count: number, exposure: number, confidence: number): [number, number] {
  if (!(Number.isInteger(count) && count >= 0))
    throw new RangeError(`poissonInterval requires a whole count >= 0, got ${count}`);
  if (!(exposure > 0)) throw new RangeError(`poissonInterval requires an exposure > 0, got ${exposure}`);
  const alpha = 1 - confidence;
  const low = count === 0 ? 0 : gammaQuantile(alpha / 2, count) / exposure;
  const high = gammaQuantile(1 - alpha / 2, count + 1) / exposure;
  return [low, high];
}

/** The method as the report states it. */
export const POISSON_METHOD = "Poisson, exact (Garwood) interval";
