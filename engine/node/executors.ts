import { availableParallelism } from "node:os";
import type { Executor } from "../experiment/index.js";
import type { ModelSpec } from "../model/index.js";
import { runReplication } from "../run/index.js";
import { buildModel, type Scenario } from "../scenario/index.js";
import type { QueueChoice } from "./queue/queueExecutor.js";
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

/**
 * The executor a command chose: with `--queue`, the replications go to `clientflow worker`
 * processes through Redis (engine/node/queue, loaded only then); else threads here. Call `close`
 * when done (it throws when Redis was lost), then `written` once the results file is written.
 */
export async function openExecutor(
  scenarios: readonly Scenario[],
  hashes: readonly string[],
  seed: string,
  workers: number,
  queue: { command: string; choice: QueueChoice | undefined },
): Promise<{ execute: Executor; close: () => Promise<void>; written: () => Promise<void> }> {
  if (queue.choice === undefined) return { ...makeExecutor(scenarios, hashes, seed, workers), written: async () => {} };
  const { openQueueExecutor } = await import("./queue/queueExecutor.js");
  return openQueueExecutor(queue.choice, queue.command, scenarios, seed);
}

/** Replications one by one for `staff`: on the queue with `--queue`, else on a pool of `workers` threads (null for one). */
export async function openReplicationPool(
  workers: number,
  queue: { command: string; choice: QueueChoice | undefined; scenarios: readonly Scenario[]; seed: string },
): Promise<{ run: WorkerPool["run"]; close: () => Promise<void>; written: () => Promise<void> } | null> {
  if (queue.choice === undefined) {
    if (workers <= 1) return null;
    const pool = new WorkerPool(workers);
    return { run: (request) => pool.run(request), close: () => pool.close(), written: async () => {} };
  }
  const { openQueueRunner } = await import("./queue/queueExecutor.js");
  return openQueueRunner(queue.choice, queue.command, queue.scenarios, queue.seed);
}
