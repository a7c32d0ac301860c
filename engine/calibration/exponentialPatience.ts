import type { Observation } from "./kaplanMeier.js";
import { poissonInterval } from "./poissonInterval.js";
import type { ExponentialPatience } from "../results/index.js";

export type { ExponentialPatience } from "../results/index.js";

export const EXPONENTIAL_PATIENCE_METHOD =
  "exponential MLE with answered calls censored: abandon rate = abandoned / total seconds waited (mean = its inverse); interval of the rate as Poisson (Garwood) over the time waited";

/**
 * The standard call-centre estimator of patience: with exponential patience and answered calls
 * as censored observations, the maximum-likelihood abandonment rate is the number abandoned
 * over the total time all callers waited. Its interval treats the abandons as Poisson over that
 * time; the mean's interval is the rate's, inverted.
 */
export function exponentialPatience(observations: readonly Observation[], confidence: number): ExponentialPatience {
  const abandoned = observations.filter((o) => o.event).length;
  const totalWait = observations.reduce((s, o) => s + o.time, 0);
  const base = { abandoned, answered: observations.length - abandoned, totalWait, method: EXPONENTIAL_PATIENCE_METHOD };
  if (abandoned === 0 || !(totalWait > 0)) return { ...base, mean: null, interval: null };
  const [low, high] = poissonInterval(abandoned, totalWait, confidence);
  return { ...base, mean: totalWait / abandoned, interval: [1 / high, 1 / low] };
}
