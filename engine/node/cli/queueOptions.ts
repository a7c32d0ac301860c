import type { LabelLanguage } from "../../results/index.js";
import type { QueueChoice } from "../queue/queueExecutor.js";
import { parseRedisUrl } from "../queue/redisUrl.js";
import { UsageError } from "./usageError.js";

/** The flags of `run`, `compare` and `staff` that send replications to a Redis queue. */
export const QUEUE_FLAGS = {
  queue: { type: "string" },
  resume: { type: "boolean" },
  "wait-for-workers": { type: "string" },
} as const;

/** Their lines of a command's help. */
export const QUEUE_HELP: Record<LabelLanguage, string> = {
  en: `  --queue URL         compute the replications on a Redis job queue, taken by \`clientflow worker\`
                      processes on any machines: redis://[user:password@]host[:port][/db], or
                      rediss:// for TLS (?ca=FILE adds a certificate authority); ?reconnect=S waits
                      S seconds (default 10) for a lost Redis before giving up. Results do not
                      depend on it
  --resume            with --queue: use the replications an interrupted run left in Redis
  --wait-for-workers S  with --queue: give up (exit 1, no results file) when no replication has
                      finished for S seconds, e.g. no worker is running; what finished stays in
                      Redis for --resume. Default: wait as long as it takes
`,
  ru: `  --queue URL         считать прогоны через очередь заданий Redis: их забирают процессы
                      \`clientflow worker\` на любых машинах. Адрес: redis://[user:password@]host[:port][/db]
                      или rediss:// для TLS (?ca=FILE добавляет удостоверяющий центр); ?reconnect=S —
                      сколько секунд ждать пропавший Redis, прежде чем сдаться (по умолчанию 10).
                      На результаты не влияет
  --resume            с --queue: взять прогоны, которые прерванный запуск оставил в Redis
  --wait-for-workers S  с --queue: сдаться (код выхода 1, файл результатов не пишется), если за
                      S секунд не закончился ни один прогон — например, когда не запущен ни один
                      worker; готовое остаётся в Redis для --resume. По умолчанию ждать сколько нужно
`,
};

/** `--queue` and `--resume` as read, or undefined to compute here. */
export function queueChoice(
  values: { queue?: string | undefined; resume?: boolean | undefined; "wait-for-workers"?: string | undefined },
  command: string,
): QueueChoice | undefined {
  const wait = values["wait-for-workers"];
  if (values.queue === undefined) {
    if (values.resume) throw new UsageError("--resume goes with --queue URL", command);
    if (wait !== undefined) throw new UsageError("--wait-for-workers goes with --queue URL", command);
    return undefined;
  }
  const choice: QueueChoice = { target: parseRedisUrl(values.queue, command), resume: values.resume === true };
  if (wait !== undefined) {
    const seconds = Number(wait);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(wait) || !(seconds > 0) || seconds > 7 * 86_400)
      throw new UsageError(
        `--wait-for-workers must be a number of seconds above 0 and at most 604800 (a week), found "${wait}"`,
        command,
      );
    choice.idleSeconds = seconds;
  }
  return choice;
}
