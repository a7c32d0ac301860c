import type { Executor } from "../../experiment/index.js";
import type { ReplicationOutput } from "../../run/index.js";
import type { Scenario } from "../../scenario/index.js";
import { ENGINE_VERSION } from "../../version.js";
import { hashCanonical } from "../hash.js";
import { queueName } from "./queueNames.js";
import { ReplicationQueue, type QueueRequest } from "./replicationQueue.js";
import type { RedisTarget } from "./redisUrl.js";

/** `--queue URL` and `--resume` as read from a command line. */
export interface QueueChoice {
  target: RedisTarget;
  resume: boolean;
  /** `--wait-for-workers`: give up when no replication has finished for this long, in seconds. */
  idleSeconds?: number;
}

/** Replications computed elsewhere: `run` as a WorkerPool's, and `written` once the results file is. */
export interface QueueRunner {
  run(request: QueueRequest): Promise<ReplicationOutput>;
  close(): Promise<void>;
  written(): Promise<void>;
}

/**
 * Opens the queue of one run of `command` (run, compare, staff) over these scenarios and seed:
 * the replications go to `clientflow worker` processes; `close` throws when Redis was lost;
 * `written` removes the run from Redis once its results file is written.
 */
export async function openQueueRunner(
  choice: QueueChoice,
  command: string,
  scenarios: readonly Scenario[],
  seed: string,
): Promise<QueueRunner> {
  const name = queueName(command, ENGINE_VERSION, seed, scenarios.map(hashCanonical));
  const queue = await ReplicationQueue.open(choice.target, name, {
    resume: choice.resume,
    ...(choice.idleSeconds === undefined ? {} : { idleSeconds: choice.idleSeconds }),
  });
  return {
    run: (request) => queue.run(request),
    close: () => queue.close(),
    written: () => ReplicationQueue.discard(choice.target, name),
  };
}

/** An Executor of an experiment's (or a run's) replications on the queue. */
export async function openQueueExecutor(
  choice: QueueChoice,
  command: string,
  scenarios: readonly Scenario[],
  seed: string,
): Promise<{ execute: Executor; close: () => Promise<void>; written: () => Promise<void> }> {
  const runner = await openQueueRunner(choice, command, scenarios, seed);
  return {
    execute: ({ setUp, replication }) => runner.run({ scenario: scenarios[setUp]!, seed, replication, setUp }),
    close: runner.close,
    written: runner.written,
  };
}
