import type { WorkerOptions } from "bullmq";

/** BullMQ's default: a job whose worker has not renewed its lock for 30 s is taken again. */
export const DEFAULT_STALL_SECONDS = 30;

/**
 * Stalled jobs, handled by BullMQ: a worker holds a lock on each job it computes and renews it
 * every half `seconds`; a worker that dies (killed, machine lost) stops renewing, and within
 * about `seconds` another worker's check moves the job back to the queue, where any worker takes
 * it again. A replication is a pure function of its job, so computing it twice gives the same
 * output, and the producer counts the job once. A job that stalls three times fails.
 */
export function stallSettings(
  seconds: number,
): Pick<WorkerOptions, "lockDuration" | "stalledInterval" | "maxStalledCount"> {
  const ms = Math.round(seconds * 1000);
  return { lockDuration: ms, stalledInterval: ms, maxStalledCount: 2 };
}
