import { analyticQueue, type AnalyticAnswer, type QueueMetrics } from "../analytic/index.js";
import { metricOf, type MetricSummary, type RunResults } from "../results/index.js";
import type { ErlangRequest } from "./erlangRequest.js";
import { hasSteadyState, noSteadyStateWarning, offeredLoad, withoutSteadyState } from "./steadyState.js";

/** A simulated metric: mean, standard error and 95% interval over replications. */
export interface SimulatedValue {
  mean: number;
  se: number;
  ci95: [number, number];
}

type Keyed<T> = {
  [K in keyof QueueMetrics]-?: QueueMetrics[K] extends Record<string, number> | undefined ? Record<string, T> : T;
};

/** What `clientflow erlang --json` prints. */
export interface ErlangReport {
  request: ErlangRequest & { warmupCustomersUsed: number };
  /** Arrivals per second × mean handling time, in erlangs. */
  offeredLoad: number;
  /**
   * False when the queue has no steady state: an offered load of at least the number of agents
   * with neither a patience nor a capacity. The figures in `withoutSteadyState` then depend on
   * the run's length and are no estimates; `analytic` is null.
   */
  steadyState: boolean;
  /** Keys of `simulated` with no steady-state value ("meanWait", "slServed.20"); empty when `steadyState`. */
  withoutSteadyState: string[];
  /** Warnings about the figures, in English (the command line prints them in its language). */
  warnings: string[];
  /** The exact figures, where a formula applies. */
  analytic: (AnalyticAnswer["metrics"] & { model: string }) | null;
  /** The simulated figures: mean, standard error and 95% interval over replications. */
  simulated: Keyed<SimulatedValue | null>;
  scenarioHash: string;
  engineVersion: string;
}

const SCALAR_KEYS = [
  "pBlock",
  "pWait",
  "pAbandon",
  "meanWait",
  "meanWaitServed",
  "meanQueueLength",
  "occupancy",
] as const;

/** Puts the analytic answer beside the simulated one for a finished erlang run. */
export function erlangReport(request: ErlangRequest, results: RunResults): ErlangReport {
  // Without a steady state there is no analytic answer either: decided exactly here, so that a
  // load of exactly 100% never gets one from the formulas' floating-point comparison of rates.
  const steady = hasSteadyState(request);
  const answer = !steady
    ? null
    : analyticQueue({
        agents: request.agents,
        arrivalRate: request.arrivalsPerHour / 3600,
        service: {
          kind: request.service,
          meanSeconds: request.ahtSeconds,
          variance:
            request.service === "exponential"
              ? request.ahtSeconds * request.ahtSeconds
              : request.service === "deterministic"
                ? 0
                : request.serviceCv * request.ahtSeconds * (request.serviceCv * request.ahtSeconds),
        },
        patience: { kind: request.patience, meanSeconds: request.patienceSeconds ?? Infinity },
        capacity: request.capacity ?? Infinity,
        thresholdsSeconds: request.thresholdsSeconds,
      });
  const pick = (m: MetricSummary | null | undefined): SimulatedValue | null =>
    m === null || m === undefined ? null : { mean: m.mean, se: m.se, ci95: m.ci95 };
  const simulated = {} as Keyed<SimulatedValue | null>;
  for (const k of SCALAR_KEYS) simulated[k] = pick(metricOf(results, { scope: "overall", measure: k }));
  simulated.slServed = {};
  simulated.slAnswered = {};
  for (const t of request.thresholdsSeconds) {
    const threshold = { kind: "threshold", value: t } as const;
    simulated.slServed[String(t)] = pick(
      metricOf(results, { scope: "overall", measure: "slServed", breakdown: threshold }),
    );
    simulated.slAnswered[String(t)] = pick(
      metricOf(results, { scope: "overall", measure: "slAnswered", breakdown: threshold }),
    );
  }
  const warning = noSteadyStateWarning(request, "en");
  return {
    request: { ...request, warmupCustomersUsed: results.observation.warmupArrivals ?? 0 },
    offeredLoad: offeredLoad(request),
    steadyState: steady,
    withoutSteadyState: withoutSteadyState(request),
    warnings: warning === null ? [] : [warning],
    analytic: answer === null ? null : { model: answer.model, ...answer.metrics },
    simulated,
    scenarioHash: results.scenario.hash,
    engineVersion: results.engine.version,
  };
}
