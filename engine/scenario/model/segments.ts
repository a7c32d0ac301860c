import type { DealSpec, SegmentSpec } from "../../model/index.js";
import { createSampler, cumulativeShares } from "../../random/index.js";
import { SECONDS_PER_DAY, toSeconds } from "../../time/index.js";
import type { Scenario } from "../schema/index.js";
import type { ScenarioNames } from "./names.js";

type Segment = Scenario["segments"][number];

const SECONDS_PER_YEAR = 365 * SECONDS_PER_DAY;

/** The segments section: each segment's deals, visits after calls, retries and registered clients. */
export function segmentModels(s: Scenario, names: ScenarioNames): SegmentSpec[] {
  return s.segments.map((g, i) => {
    const path = `segments[${i}]`;
    const deal = g.deal === undefined ? null : dealModel(g.deal, s, names, `${path}.deal`);
    const afterCall =
      g.afterCall === undefined
        ? null
        : {
            probability: g.afterCall.visitProbability,
            delay: createSampler(g.afterCall.delay),
            channel: names.resolve("channel", g.afterCall.channel, `${path}.afterCall.channel`),
          };
    const retry =
      g.retry === undefined ? null : { probability: g.retry.probability, delay: createSampler(g.retry.delay) };
    const clientele = g.clientele === undefined ? null : clienteleModel(g.clientele, names, `${path}.clientele`);
    return {
      name: g.name,
      deal,
      afterCall,
      retry,
      clientele,
      persistent: afterCall !== null || retry !== null || clientele !== null,
    };
  });
}

function dealModel(d: NonNullable<Segment["deal"]>, s: Scenario, names: ScenarioNames, path: string): DealSpec {
  for (const pool of Object.keys(d.byPool)) names.resolveKey("pool", pool, `${path}.byPool.${pool}`);
  return {
    probability: d.probability,
    byPool: s.pools.map((p) => d.byPool[p.name]),
    value: createSampler(d.value),
    waitHalfLifeSeconds: d.waitHalfLife === undefined ? Infinity : toSeconds(d.waitHalfLife),
    margin: d.margin ?? s.money.grossMargin,
    cashier:
      d.cashier === undefined
        ? null
        : {
            pool: names.resolve("pool", d.cashier.pool, `${path}.cashier.pool`),
            time: createSampler(d.cashier.time),
          },
  };
}

function clienteleModel(
  c: NonNullable<Segment["clientele"]>,
  names: ScenarioNames,
  path: string,
): NonNullable<SegmentSpec["clientele"]> {
  const entries = Object.entries(c.channels).filter(([, share]) => share > 0);
  return {
    owner: names.resolve("department", c.owner, `${path}.owner`),
    initialClients: c.initialClients,
    returnInterval: createSampler(c.returnInterval),
    channels: entries.map(([name]) => names.resolveKey("channel", name, `${path}.channels.${name}`)),
    cumulativeShares: cumulativeShares(entries.map(([, share]) => share)),
    churnPerSecond: c.churnPerYear / SECONDS_PER_YEAR,
    largeDeal:
      c.largeDeal === undefined
        ? null
        : {
            atLeast: c.largeDeal.atLeast,
            owner: names.resolve("department", c.largeDeal.owner, `${path}.largeDeal.owner`),
          },
  };
}
