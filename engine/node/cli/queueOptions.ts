import type { QueueChoice } from "../queue/queueExecutor.js";
import { parseRedisUrl } from "../queue/redisUrl.js";
import { UsageError } from "./usageError.js";

/** The flags of `run`, `compare` and `staff` that send replications to a Redis queue. */
export const QUEUE_FLAGS = {
  queue: { type: "string" },
  resume: { type: "boolean" },
} as const;

/** Their lines of a command's help. */
export const QUEUE_HELP = `  --queue URL         compute the replications on a Redis job queue, taken by \`clientflow worker\`
                      processes on any machines: redis://[user:password@]host[:port][/db], or
                      rediss:// for TLS (?ca=FILE adds a certificate authority); ?reconnect=S waits
                      S seconds (default 10) for a lost Redis before giving up. Results do not
                      depend on it
  --resume            with --queue: use the replications an interrupted run left in Redis
`;

/** `--queue` and `--resume` as read, or undefined to compute here. */
export function queueChoice(
  values: { queue?: string | undefined; resume?: boolean | undefined },
  command: string,
): QueueChoice | undefined {
  if (values.queue === undefined) {
    if (values.resume) throw new UsageError("--resume goes with --queue URL", command);
    return undefined;
  }
  return { target: parseRedisUrl(values.queue, command), resume: values.resume === true };
}
