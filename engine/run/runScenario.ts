import { buildModel, serviceLevelThresholds, type Scenario } from "../scenario/index.js";
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResults } from "../results/index.js";
import { ENGINE_VERSION } from "../version.js";
import { ReplicationError, runReplication, type ReplicationOutput } from "./runReplication.js";
import { summarise } from "./summarise.js";

export interface RunOptions {
  /** Seed string; streams are seeded from "seed|replication|stream name". */
  seed: string;
  /** Independent replications, at least 1 (2 or more for confidence intervals). */
  replications: number;
  /** "sha256:…" of the scenario's canonical JSON, computed by the caller (see engine/node). */
  scenarioHash: string;
  /** Called after each replication with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Runs replications 1..R of a validated scenario in order and returns the results file. */
export function runScenario(scenario: Scenario, options: RunOptions): RunResults<Scenario> {
  const { seed, replications, scenarioHash } = options;
  if (!Number.isInteger(replications) || replications < 1 || replications > 100_000) {
    throw new RangeError(`runScenario requires 1 to 100000 replications, got ${replications}`);
  }
  const spec = buildModel(scenario);
  const outputs: ReplicationOutput[] = [];
  for (let r = 1; r <= replications; r++) {
    try {
      outputs.push(runReplication(spec, seed, r));
    } catch (e) {
      throw new ReplicationError(seed, r, ENGINE_VERSION, scenarioHash, e);
    }
    options.onProgress?.(r, replications);
  }
  return assembleResults(scenario, options, outputs);
}

/**
 * Runs replications 1..R through `execute` (in this thread or on workers), all at once, and
 * merges them in replication order, so the results do not depend on how many ran in parallel.
 * The first failure is thrown as a ReplicationError naming the replication and seed.
 */
export async function runScenarioWith(
  scenario: Scenario,
  options: RunOptions,
  execute: (replication: number) => Promise<ReplicationOutput>,
): Promise<RunResults<Scenario>> {
  const { seed, replications, scenarioHash } = options;
  if (!Number.isInteger(replications) || replications < 1 || replications > 100_000) {
    throw new RangeError(`runScenarioWith requires 1 to 100000 replications, got ${replications}`);
  }
  let done = 0;
  const settled = await Promise.allSettled(
    Array.from({ length: replications }, async (_, i) => {
      const out = await execute(i + 1);
      options.onProgress?.(++done, replications);
      return out;
    }),
  );
  const outputs: ReplicationOutput[] = [];
  settled.forEach((s, i) => {
    if (s.status === "rejected") throw new ReplicationError(seed, i + 1, ENGINE_VERSION, scenarioHash, s.reason);
    outputs.push(s.value);
  });
  return assembleResults(scenario, options, outputs);
}

/** Builds the results file from replication outputs given in replication order. */
export function assembleResults(
  scenario: Scenario,
  options: Pick<RunOptions, "seed" | "scenarioHash">,
  outputs: readonly ReplicationOutput[],
): RunResults<Scenario> {
  const metrics = summarise(outputs.map((o) => o.values));
  const stop = scenario.stop ?? null;
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    kind: "run",
    engine: { name: "clientflow", version: ENGINE_VERSION },
    scenario: { name: scenario.name, hash: options.scenarioHash, currency: scenario.currency, definition: scenario },
    seed: options.seed,
    replications: outputs.length,
    observation: {
      mode: stop === null ? "days" : "arrivals",
      warmupDays: stop === null ? scenario.calendar.warmupDays : null,
      days: stop === null ? (scenario.calendar.days ?? null) : null,
      warmupArrivals: stop === null ? null : stop.warmupArrivals,
      arrivals: stop === null ? null : stop.arrivals,
      intervalMinutes: scenario.calendar.intervalMinutes,
      thresholdsSeconds: serviceLevelThresholds(scenario),
    },
    metrics,
    trace: outputs.find((o) => o.trace !== null)?.trace ?? null,
  };
}
