import { rowsWhere, valueOf, type ReplicationRow, type Selector } from "../../engine/results/index.js";
import { runReplication } from "../../engine/run/index.js";
import { buildModel, parseScenario } from "../../engine/scenario/index.js";
import { simulateRetryQueue, type RetryQueueFigures, type RetryQueueParams } from "./retryQueueModel.js";
import { welchInterval, type WelchInterval } from "./welch.js";

/**
 * The engine and the independent model run the same system (one pool, always open, Poisson
 * arrivals, exponential service and patience, FCFS, retries, deals): the scenario below is that
 * system written for the engine. The segment has a retry behaviour, so its clients persist (each
 * has its own random stream) and a retry is a new contact of the same client on the same channel.
 */
export function params(retryProbability: number): RetryQueueParams {
  const agents = 3;
  const meanServiceSeconds = 300;
  return {
    agents,
    // 90% of the agents' capacity in new clients alone: queues form and clients give up.
    ratePerHour: (0.9 * agents * 3600) / meanServiceSeconds,
    meanServiceSeconds,
    meanPatienceSeconds: 180,
    retryProbability,
    meanRetryDelaySeconds: 600,
    dealProbability: 0.4,
    dealValue: 1000,
    // Short runs keep the test quick: queues relax in minutes, so one day of warm-up is plenty.
    days: 16,
    warmupDays: 1,
  };
}

export function engineScenario(p: RetryQueueParams) {
  return parseScenario({
    name: "independent check: one queue with retries",
    calendar: { days: p.days, warmupDays: p.warmupDays, openingHours: "always" },
    // Not on the public number: no phone lines to find busy.
    channels: [{ name: "extension", kind: "phone", identified: "on-arrival" }],
    segments: [
      {
        name: "clients",
        deal: { probability: p.dealProbability, value: { kind: "deterministic", value: p.dealValue } },
        retry: { probability: p.retryProbability, delay: { kind: "exponential", mean: p.meanRetryDelaySeconds } },
      },
    ],
    arrivals: [
      {
        channel: "extension",
        segment: "clients",
        ratePerHour: p.ratePerHour,
        serviceTime: { kind: "exponential", mean: p.meanServiceSeconds },
        patience: { kind: "exponential", mean: p.meanPatienceSeconds },
      },
    ],
    pools: [{ name: "agents", staff: p.agents }],
    routing: [{ match: { channel: "extension" }, pool: "agents" }],
  });
}

export const FIGURES = [
  "contactsPerDay",
  "servedPerDay",
  "lostContacts",
  "lostClients",
  "lostSales",
  "meanWaitServed",
  "deals",
  "stillRetrying",
] as const satisfies readonly (keyof RetryQueueFigures)[];

/** Causes of lost sales: every loss cause but the deal chance that waiting took from served contacts. */
function lostSales(v: ReplicationRow[]): number {
  let sum = 0;
  for (const row of rowsWhere(v, { scope: "overall", measure: "lostRevenue", breakdown: { kind: "cause" } }))
    if (row.breakdown!.value !== "waiting") sum += row.value ?? 0;
  return sum;
}

/** The engine's values of the figures, read from one replication's results. */
export function engineFigures(p: RetryQueueParams, seed: string, replication: number): RetryQueueFigures {
  const v = runReplication(buildModel(engineScenario(p)), seed, replication).values;
  const get = (key: Selector): number => {
    const x = valueOf(v, key);
    if (typeof x !== "number") throw new Error(`engine value ${JSON.stringify(key)} is ${String(x)}`);
    return x;
  };
  const windowDays = p.days - p.warmupDays;
  if (Math.abs(get({ scope: "window", measure: "days" }) - windowDays) > 1e-9)
    throw new Error(`window of ${get({ scope: "window", measure: "days" })} days`);
  return {
    contactsPerDay: get({ scope: "overall", measure: "arrivalsPerDay" }),
    servedPerDay: get({ scope: "overall", measure: "servedPerDay" }),
    lostContacts: get({ scope: "overall", measure: "lostContacts" }),
    lostClients: get({ scope: "overall", measure: "lostClients" }),
    lostSales: lostSales(v),
    meanWaitServed: get({ scope: "overall", measure: "meanWaitServed" }),
    deals: get({ scope: "overall", measure: "deals" }),
    stillRetrying: get({ scope: "overall", measure: "stillRetrying" }),
  };
}

export interface FigureComparison {
  figure: (typeof FIGURES)[number];
  /** Engine minus model. */
  interval: WelchInterval;
}

/** Independent replications of both, and the Welch interval of each figure's difference. */
export function compare(retryProbability: number, replications: number, level: number): FigureComparison[] {
  const p = params(retryProbability);
  const engine: RetryQueueFigures[] = [];
  const model: RetryQueueFigures[] = [];
  for (let k = 1; k <= replications; k++) {
    engine.push(engineFigures(p, `independent-r${retryProbability}`, k));
    model.push(simulateRetryQueue(p, `independent model|r${retryProbability}|${k}`));
  }
  return FIGURES.map((figure) => ({
    figure,
    interval: welchInterval(
      engine.map((f) => f[figure]),
      model.map((f) => f[figure]),
      level,
    ),
  }));
}
