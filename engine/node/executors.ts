import { availableParallelism } from "node:os";
import type { Executor } from "../experiment/index.js";
import type { ModelSpec } from "../model/index.js";
import { runReplication } from "../run/index.js";
import { buildModel, type Scenario } from "../scenario/index.js";
import { WorkerPool } from "./workers/workerPool.js";

/** Worker threads by default: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * An executor for the replications of some scenarios: in this thread for one worker, else on a
 * warm pool of worker threads. Call `close` when done.
 */
export function makeExecutor(
  scenarios: readonly Scenario[],
  hashes: readonly string[],
  seed: string,
  workers: number,
  /** Use a pool even for one worker (to measure the pool itself). */
  pool = false,
): { execute: Executor; close: () => Promise<void> } {
  if (workers <= 1 && !pool) {
    const specs: (ModelSpec | undefined)[] = [];
    return {
      execute: async ({ setUp, replication }) => {
        const spec = (specs[setUp] ??= buildModel(scenarios[setUp]!));
        return runReplication(spec, seed, replication);
      },
      close: async () => {},
    };
  }
  const threads = new WorkerPool(Math.max(1, workers));
  return {
    execute: ({ setUp, replication }) =>
      threads.run({ scenario: scenarios[setUp]!, scenarioHash: hashes[setUp]!, seed, replication }),
    close: () => threads.close(),
  };
}
