import { createHash } from "node:crypto";

/** The Redis hash of the runs workers serve: queue name to the engine version its jobs need. */
export const RUNS_KEY = "clientflow:runs";

/** BullMQ's key prefix for clientflow's queues. */
export const QUEUE_PREFIX = "clientflow";

const sha = (text: string, length: number) => createHash("sha256").update(text).digest("hex").slice(0, length);

/**
 * The queue of one run, named after the command and what fixes its results: the engine version,
 * the seed and the hashes of the scenarios of its set-ups. The same experiment run again (or
 * resumed) gets the same queue.
 */
export function queueName(
  command: string,
  engineVersion: string,
  seed: string,
  scenarioHashes: readonly string[],
): string {
  return `${command}-${sha(JSON.stringify([command, engineVersion, seed, scenarioHashes]), 24)}`;
}

/** Where a run keeps each scenario once, by hash (the jobs carry only the hash). */
export function scenariosKey(queue: string): string {
  return `clientflow:scenarios:${queue}`;
}

/**
 * The job of one replication: a replication is a pure function of (scenario, seed, index), so
 * two set-ups with the same scenario share their jobs, and a job is never added twice.
 */
export function jobId(scenarioHash: string, seed: string, replication: number): string {
  return `r${replication}-${sha(JSON.stringify([scenarioHash, seed]), 32)}`;
}
