import { parseArgs } from "node:util";
import type { LabelLanguage } from "../../results/index.js";
import { ENGINE_VERSION } from "../../version.js";
import { defaultWorkers } from "../executors.js";
import { startQueueWorker } from "../queue/queueWorker.js";
import { parseRedisUrl } from "../queue/redisUrl.js";
import { DEFAULT_STALL_SECONDS } from "../queue/stallSettings.js";
import { intOption, numberOption } from "./options.js";
import { UsageError } from "./usageError.js";

export const WORKER_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow worker --queue URL [options]

Computes the replications that \`clientflow run\`, \`compare\` and \`staff\` put on a Redis job
queue with --queue, on this machine's worker threads, until stopped (Ctrl-C or SIGTERM: the jobs
being computed are finished first). Start it on as many machines as you like; each takes the runs
of its own engine version and refuses the others with a line saying why. A worker that dies in the
middle of a job loses nothing: its jobs are taken again by the others.

Options:
  --queue URL         redis://[user:password@]host[:port][/db], or rediss:// for TLS (?ca=FILE adds a
                      certificate authority)
  --workers N         worker threads (default: the machine's cores)
  --stall-seconds S   how soon the job of a worker that stopped answering is taken again (default ${DEFAULT_STALL_SECONDS})
  --quiet             print nothing but errors
  --help              this text
`,
  ru: `Использование: clientflow worker --queue URL [параметры]

Считает прогоны, которые \`clientflow run\`, \`compare\` и \`staff\` с --queue ставят в очередь заданий
Redis, в потоках этой машины, пока его не остановят (Ctrl-C или SIGTERM: начатые задания сначала
досчитываются). Запускайте на скольких угодно машинах; каждый worker берёт запуски своей версии
движка, а от остальных отказывается, объясняя причину. Если worker падает посреди задания, ничего не
теряется: его задания забирают другие.

Параметры:
  --queue URL         redis://[user:password@]host[:port][/db] или rediss:// для TLS (?ca=FILE добавляет
                      удостоверяющий центр)
  --workers N         число потоков (по умолчанию — по числу ядер машины)
  --stall-seconds S   через сколько секунд снова берётся в работу задание worker, который перестал отвечать (по умолчанию ${DEFAULT_STALL_SECONDS})
  --quiet             печатать только ошибки
  --help              эта справка
`,
};

export async function workerCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      queue: { type: "string" },
      workers: { type: "string" },
      "stall-seconds": { type: "string" },
      quiet: { type: "boolean" },
    },
  });
  if (positionals.length > 0) throw new UsageError("worker takes no files", "worker");
  if (values.queue === undefined) throw new UsageError("worker needs --queue URL", "worker");
  const target = parseRedisUrl(values.queue, "worker");
  const threads = intOption(values.workers, "workers", "worker", defaultWorkers());
  if (threads < 1 || threads > 256) throw new UsageError(`--workers must be from 1 to 256, found ${threads}`, "worker");
  const stallSeconds = numberOption(values["stall-seconds"], "stall-seconds", "worker", DEFAULT_STALL_SECONDS)!;
  if (stallSeconds < 0.5 || stallSeconds > 3600)
    throw new UsageError(`--stall-seconds must be from 0.5 to 3600, found ${stallSeconds}`, "worker");
  const log = (line: string) => {
    if (!values.quiet) process.stdout.write(`${line}\n`);
  };
  const worker = await startQueueWorker({ target, threads, stallSeconds, log });
  log(`clientflow worker: engine ${ENGINE_VERSION}, ${threads} thread(s), taking jobs from ${target.shown}`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  log("clientflow worker: stopping after the jobs being computed");
  await worker.stop();
  return 0;
}
