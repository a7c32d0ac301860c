import type { DealSpec } from "../modelSpec.js";

/** The chance of a deal when `pool` serves, before any effect of waiting. */
export function baseDealChance(deal: DealSpec, pool: number): number {
  return (pool >= 0 ? deal.byPool[pool] : undefined) ?? deal.probability;
}

/**
 * The chance of a deal after waiting `waitSeconds`: halved for every half-life of waiting,
 * base · 2^(−wait / half-life), written with Math.exp because Math.pow differs in the last bit
 * between JavaScript engines (Node 20's V8 and Chromium's), and a run must give the same bytes in both.
 */
export function dealChance(deal: DealSpec, pool: number, waitSeconds: number): number {
  const base = baseDealChance(deal, pool);
  return deal.waitHalfLifeSeconds === Infinity
    ? base
    : base * Math.exp((-Math.LN2 * waitSeconds) / deal.waitHalfLifeSeconds);
}
