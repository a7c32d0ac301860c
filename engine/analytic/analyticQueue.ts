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

export interface AnalyticAnswer {
  /** The queueing model whose exact formulas were used. */
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
      model: "M/G/c/c (Erlang B)",
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
    const finite = q.capacity !== Infinity ? "/K" : "";
    const name =
      patience === Infinity
        ? finite
          ? "M/M/c/K (birth-death)"
          : "M/M/c (Erlang C)"
        : `M/M/c${finite}+M (Erlang A${finite ? ", finite capacity" : ""})`;
    return { model: name, metrics };
  }
  if (q.agents === 1 && q.capacity === Infinity && q.patience.kind === "none") {
    const metrics = pollaczekKhinchine(q.arrivalRate, q.service.meanSeconds, q.service.variance);
    return metrics === null ? null : { model: "M/G/1 (Pollaczek-Khinchine)", metrics };
  }
  return null;
}
