import { basename, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { LabelLanguage } from "../../results/index.js";
import { runScenarioWith } from "../../run/index.js";
import { defaultWorkers, openExecutor } from "../executors.js";
import { checkOutputFile, writeFileAtomic } from "../files.js";
import { loadScenario } from "../loadScenario.js";
import { PACKAGE_ROOT } from "../packageRoot.js";
import { intOption } from "./options.js";
import { progressBar, replicationsLabel } from "./progress.js";
import { QUEUE_FLAGS, QUEUE_HELP, queueChoice } from "./queueOptions.js";
import { runSummary } from "./runSummary.js";
import { checkRunSize } from "./runSize.js";
import { warnStaffingGaps } from "./staffingWarnings.js";
import { langOption } from "./langOption.js";
import { UsageError } from "./usageError.js";
import { resultsWritten } from "./resultsWritten.js";

export const RUN_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow run [scenario.json] [options]

Runs a scenario (the built-in default company, scenarios/default.json, when none is named), prints the key figures with 95% confidence intervals over replications,
and writes the results file (versioned JSON) that the viewer and notebooks read.

Options:
  --seed S            seed string (default "1"); streams are seeded from "S|replication|name"
  --replications R    independent replications (default 10; at least 2 for intervals)
  --out FILE          results file (default out/<scenario file name>.results.json)
  --workers N         worker threads (default: the machine's cores); results do not depend on it
  --trace             keep an event trace of one replication from the end of the warm-up
                      (clients' contacts and staff states; for the viewer's timeline and client story)
  --trace-replication R   the replication traced (default 1)
  --trace-events N    the most events kept (default 40000, about two weeks of the default company; the trace says when it was cut)
  --lang en|ru        language of the printed summary, the names in it and the progress bar
                      (default: the locale's, LANG=ru_RU.UTF-8 gives ru; else en)
${QUEUE_HELP.en}  --quiet             print nothing but errors (nor the warnings about pools with nobody on shift)
  --help              this text
`,
  ru: `Использование: clientflow run [scenario.json] [параметры]

Прогоняет сценарий (если он не указан — встроенную компанию по умолчанию, scenarios/default.json),
печатает ключевые показатели с 95% доверительными интервалами по прогонам и записывает файл
результатов (JSON с номером версии формата), который читают просмотрщик и блокноты.

Параметры:
  --seed S            зерно — любая строка (по умолчанию «1»); каждая последовательность случайных
                      чисел получает зерно «S|прогон|имя»
  --replications R    число независимых прогонов (по умолчанию 10; для интервалов нужно не меньше 2)
  --out FILE          файл результатов (по умолчанию out/<имя файла сценария>.results.json)
  --workers N         число потоков (по умолчанию — по числу ядер машины); на результаты не влияет
  --trace             вести журнал событий одного прогона с конца разогрева (обращения клиентов и
                      состояния сотрудников; для видов «День сотрудников» и «История клиента»)
  --trace-replication R   прогон, для которого ведётся журнал (по умолчанию 1)
  --trace-events N    сколько событий журнал хранит самое большее (по умолчанию 40000 — около двух
                      недель компании по умолчанию; журнал отмечает, где он обрезан)
  --lang en|ru        язык сводки, названий в ней и индикатора прогресса
                      (по умолчанию — язык локали: при LANG=ru_RU.UTF-8 — ru, иначе en)
${QUEUE_HELP.ru}  --quiet             печатать только ошибки (и не предупреждать о пулах, где на смене никого нет)
  --help              эта справка
`,
};

/** The built-in default scenario, shipped in the repository's scenarios/ folder. */
export const DEFAULT_SCENARIO =
  relative(process.cwd(), fileURLToPath(new URL("scenarios/default.json", PACKAGE_ROOT))) || "default.json";

export async function runCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: "string" },
      replications: { type: "string" },
      out: { type: "string" },
      trace: { type: "boolean" },
      "trace-replication": { type: "string" },
      "trace-events": { type: "string" },
      workers: { type: "string" },
      ...QUEUE_FLAGS,
      lang: { type: "string" },
      quiet: { type: "boolean" },
    },
  });
  if (positionals.length > 1) throw new UsageError("run takes one scenario file", "run");
  const file = positionals[0] ?? DEFAULT_SCENARIO;
  const replications = intOption(values.replications, "replications", "run", 10);
  if (replications < 1 || replications > 100_000)
    throw new UsageError(`--replications must be from 1 to 100000, found ${replications}`, "run");
  const seed = values.seed ?? "1";
  const traceReplication = intOption(values["trace-replication"], "trace-replication", "run", 1);
  if (traceReplication < 1 || traceReplication > replications)
    throw new UsageError(`--trace-replication must be from 1 to ${replications}, found ${traceReplication}`, "run");
  const traceEvents = intOption(values["trace-events"], "trace-events", "run", 40_000);
  if (traceEvents < 1 || traceEvents > 10_000_000)
    throw new UsageError(`--trace-events must be from 1 to 10000000, found ${traceEvents}`, "run");
  const queue = queueChoice(values, "run");
  const lang = langOption(values.lang, "run");
  const loaded = loadScenario(file);
  const out = values.out ?? `out/${basename(file).replace(/\.json$/i, "")}.results.json`;
  checkOutputFile(out);
  const scenario =
    values.trace && loaded.scenario.trace === undefined
      ? {
          ...loaded.scenario,
          trace: { replication: traceReplication, maxEvents: traceEvents, from: "warmupEnd" as const },
        }
      : loaded.scenario;
  checkRunSize("run", [scenario], replications, true);
  if (!values.quiet) warnStaffingGaps([scenario], lang);
  const workers = Math.min(intOption(values.workers, "workers", "run", defaultWorkers()), replications);
  if (workers < 1 || workers > 256) throw new UsageError(`--workers must be from 1 to 256, found ${workers}`, "run");
  const { execute, close, written } = await openExecutor([scenario], [loaded.hash], seed, workers, {
    command: "run",
    choice: queue,
  });
  const bar = progressBar(replicationsLabel(lang), lang);
  let results;
  try {
    results = await runScenarioWith(
      scenario,
      { seed, replications, scenarioHash: loaded.hash, onProgress: values.quiet ? undefined : bar.update },
      (replication) => execute({ setUp: 0, replication }),
    );
  } finally {
    bar.done();
    await close();
  }
  writeFileAtomic(out, `${JSON.stringify(results, null, 1)}\n`);
  await written();
  if (!values.quiet) {
    process.stdout.write(`${runSummary(results, lang)}\n\n${resultsWritten(out, lang, { reportHint: true })}\n`);
  }
  return 0;
}
