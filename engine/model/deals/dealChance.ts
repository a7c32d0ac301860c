import type { DealSpec } from "../modelSpec.js";

/** The chance of a deal when `pool` serves, before any effect of waiting. */
export function baseDealChance(deal: DealSpec, pool: number): number {
  return (pool >= 0 ? deal.byPool[pool] : undefined) ?? deal.probability;
}

/** The chance of a deal after waiting `waitSeconds`: halved for every half-life of waiting. */
export function dealChance(deal: DealSpec, pool: number, waitSeconds: number): number {
  const base = baseDealChance(deal, pool);
  return deal.waitHalfLifeSeconds === Infinity ? base : base * Math.pow(0.5, waitSeconds / deal.waitHalfLifeSeconds);
}
