import type { QueueMetrics } from "./queueMetrics.js";

/**
 * The M/G/1 queue by the Pollaczek-Khinchine formula: mean wait λE[S²] / (2(1 - ρ)) for any
 * service distribution with the given mean and variance. Null when ρ >= 1 (unstable).
 */
export function pollaczekKhinchine(
  arrivalRate: number,
  meanServiceSeconds: number,
  serviceVariance: number,
): QueueMetrics | null {
  const rho = arrivalRate * meanServiceSeconds;
  if (rho >= 1) return null;
  const secondMoment = serviceVariance + meanServiceSeconds * meanServiceSeconds;
  const wait = (arrivalRate * secondMoment) / (2 * (1 - rho));
  return {
    pBlock: 0,
    pWait: rho,
    pAbandon: 0,
    meanWait: wait,
    meanWaitServed: wait,
    meanQueueLength: arrivalRate * wait,
    occupancy: rho,
  };
}
