import { birthDeathQueue } from "./birthDeathQueue.js";
import { erlangB } from "./erlangB.js";
import { pollaczekKhinchine } from "./pollaczekKhinchine.js";
import type { QueueMetrics } from "./queueMetrics.js";

/** A single pool as `clientflow erlang` describes it. */
export interface SinglePoolQueue {
  agents: number;
  /** Arrivals per second. */
  arrivalRate: number;
  service: { kind: "exponential" | "deterministic" | "lognormal"; meanSeconds: number; variance: number };
  patience: { kind: "none" | "exponential" | "deterministic"; meanSeconds: number };
  /** Agents plus waiting places, or Infinity. */
  capacity: number;
  thresholdsSeconds: readonly number[];
}

/** The queueing models with exact formulas, by code, with their names in English (Kendall notation). */
export const ANALYTIC_MODELS = {
  erlangB: "M/G/c/c (Erlang B)",
  birthDeath: "M/M/c/K (birth-death)",
  erlangC: "M/M/c (Erlang C)",
  erlangA: "M/M/c+M (Erlang A)",
  erlangAFinite: "M/M/c/K+M (Erlang A, finite capacity)",
  pollaczekKhinchine: "M/G/1 (Pollaczek-Khinchine)",
} as const;

/** A queueing model with exact formulas. */
export type AnalyticModel = keyof typeof ANALYTIC_MODELS;

/** The code of a model by its English name (as a report written earlier names it), or undefined. */
export function analyticModelCode(name: string): AnalyticModel | undefined {
  return (Object.keys(ANALYTIC_MODELS) as AnalyticModel[]).find((code) => ANALYTIC_MODELS[code] === name);
}

export interface AnalyticAnswer {
  /** The queueing model whose exact formulas were used. */
  code: AnalyticModel;
  /** Its name in English (ANALYTIC_MODELS[code]). */
  model: string;
  metrics: QueueMetrics;
}

/**
 * The exact steady-state figures of a single pool where a formula exists: Erlang B for a loss
 * system (any service and patience), the M/M/c/K+M birth-death chain for exponential service
 * with no or exponential patience (Erlang C and A among them), Pollaczek-Khinchine for one agent
 * with general service. Null where none applies or the queue is unstable.
 */
export function analyticQueue(q: SinglePoolQueue): AnalyticAnswer | null {
  const load = q.arrivalRate * q.service.meanSeconds;
  if (q.capacity === q.agents) {
    const b = erlangB(q.agents, load);
    const one: Record<string, number> = Object.fromEntries(q.thresholdsSeconds.map((t) => [String(t), 1]));
    return {
      code: "erlangB",
      model: ANALYTIC_MODELS.erlangB,
      metrics: {
        pBlock: b,
        pWait: 0,
        pAbandon: 0,
        meanWait: 0,
        meanWaitServed: 0,
        slServed: one,
        slAnswered: { ...one },
        meanQueueLength: 0,
        occupancy: (load * (1 - b)) / q.agents,
      },
    };
  }
  if (q.service.kind === "exponential" && q.patience.kind !== "deterministic") {
    const patience = q.patience.kind === "none" ? Infinity : q.patience.meanSeconds;
    const metrics = birthDeathQueue({
      agents: q.agents,
      arrivalRate: q.arrivalRate,
      meanServiceSeconds: q.service.meanSeconds,
      meanPatienceSeconds: patience,
      capacity: q.capacity,
      thresholdsSeconds: q.thresholdsSeconds,
    });
    if (metrics === null) return null;
    const finite = q.capacity !== Infinity;
    const code: AnalyticModel =
      patience === Infinity ? (finite ? "birthDeath" : "erlangC") : finite ? "erlangAFinite" : "erlangA";
    return { code, model: ANALYTIC_MODELS[code], metrics };
  }
  if (q.agents === 1 && q.capacity === Infinity && q.patience.kind === "none") {
    const metrics = pollaczekKhinchine(q.arrivalRate, q.service.meanSeconds, q.service.variance);
    return metrics === null ? null : { code: "pollaczekKhinchine", model: ANALYTIC_MODELS.pollaczekKhinchine, metrics };
  }
  return null;
}
