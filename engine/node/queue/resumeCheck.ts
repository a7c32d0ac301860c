import { QueueProblem } from "./queueProblem.js";

/**
 * Whether a run may use its queue as found. A run's queue is named after what fixes its
 * results, so jobs already there are an interrupted run of the same thing (their finished
 * replications are the ones this run would compute) or the same run in progress elsewhere.
 * A run announced in Redis with no jobs yet is one too (stopped, or still starting, between
 * its announcement and its first job). With `--resume` they are used; without it the run stops
 * here, so that two runs never share a queue by accident. Null when the run may go on.
 */
export function resumeRefusal(
  counts: Record<string, number>,
  announced: boolean,
  resume: boolean,
  queue: string,
  shown: string,
): QueueProblem | null {
  const held = Object.values(counts).reduce((a, b) => a + b, 0);
  if ((held === 0 && !announced) || resume) return null;
  return new QueueProblem(
    `the queue ${queue} at ${shown} already holds ${held} replication(s) of this run ` +
      `(${counts["completed"] ?? 0} finished): an interrupted run, or the same run in progress. ` +
      "Add --resume to re-attach to it",
  );
}
