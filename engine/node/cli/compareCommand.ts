import { basename } from "node:path";
import { parseArgs } from "node:util";
import { runExperiment, runScenarios, type ExperimentInputs } from "../../experiment/index.js";
import { checkOutputFile, writeFileAtomic } from "../files.js";
import { defaultWorkers, openExecutor } from "../executors.js";
import { loadExperiment } from "../loadExperiment.js";
import { pluralCount, verdictText, type LabelLanguage } from "../../results/index.js";
import { comparisonTable } from "./comparisonTable.js";
import { rankingTable } from "./rankingTable.js";
import { sensitivityTable } from "./sensitivityTable.js";
import { intOption } from "./options.js";
import { experimentLabel, progressBar } from "./progress.js";
import { resultsWritten } from "./resultsWritten.js";
import { QUEUE_FLAGS, QUEUE_HELP, queueChoice } from "./queueOptions.js";
import { warnStaffingGaps } from "./staffingWarnings.js";
import { checkRunSize } from "./runSize.js";
import { langOption } from "./langOption.js";
import { UsageError } from "./usageError.js";
import { replications as replicationsWords, seedWords, setUps as setUpsWords } from "./cliWords.js";

export const COMPARE_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow compare <experiment.json> [options]

Runs the set-ups of an experiment (the base, its named variants and every point of its sweeps)
on common random numbers: replication r of every set-up sees the same clients. Prints the
verdict (the set-ups ranked by the experiment's objective, profit per day unless it names
another, with its constraints), the ranking with paired 95% intervals between neighbours, and
each set-up's paired difference from the base (* where the interval excludes zero), and writes
the experiment results file.

Options:
  --workers N         worker threads (default: the machine's cores); results do not depend on it
  --replications R    override the experiment's replications (at least 2)
  --seed S            override the experiment's seed
  --out FILE          results file (default out/<experiment file name>.comparison.json)
  --base NAME         the set-up the others are compared with (default: the experiment's base)
  --lang en|ru        language of the printed verdict, tables and progress bar (default: the locale's, LANG=ru_RU.UTF-8 gives ru; else en)
${QUEUE_HELP.en}  --quiet             print nothing but errors (nor the warnings about pools with nobody on shift)
  --help              this text
`,
  ru: `Использование: clientflow compare <experiment.json> [параметры]

Прогоняет варианты эксперимента (базу, её именованные варианты и каждую точку перебора параметров)
на общих случайных числах: в прогоне r все варианты видят одних и тех же клиентов. Печатает вывод
(варианты, упорядоченные по целевому показателю эксперимента — прибыли в день, если не задан
другой, — с учётом его ограничений), места вариантов с парными 95% интервалами между соседями
и парную разницу каждого варианта с базой (* — где интервал не содержит нуля) и записывает файл
результатов эксперимента.

Параметры:
  --workers N         число потоков (по умолчанию — по числу ядер машины); на результаты не влияет
  --replications R    число прогонов вместо заданного в эксперименте (не меньше 2)
  --seed S            зерно вместо заданного в эксперименте
  --out FILE          файл результатов (по умолчанию out/<имя файла эксперимента>.comparison.json)
  --base NAME         вариант, с которым сравниваются остальные (по умолчанию — база эксперимента)
  --lang en|ru        язык итогового вывода, таблиц и индикатора прогресса (по умолчанию — язык локали: при LANG=ru_RU.UTF-8 — ru, иначе en)
${QUEUE_HELP.ru}  --quiet             печатать только ошибки (и не предупреждать о пулах, где на смене никого нет)
  --help              эта справка
`,
};

export async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workers: { type: "string" },
      replications: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      base: { type: "string" },
      lang: { type: "string" },
      ...QUEUE_FLAGS,
      quiet: { type: "boolean" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("compare needs exactly one experiment file", "compare");
  const file = positionals[0]!;
  const workers = intOption(values.workers, "workers", "compare", defaultWorkers());
  if (workers < 1 || workers > 256)
    throw new UsageError(`--workers must be from 1 to 256, found ${workers}`, "compare");
  const queue = queueChoice(values, "compare");
  const lang = langOption(values.lang, "compare");
  const inputs = values.base === undefined ? loadExperiment(file) : withBase(loadExperiment(file), values.base);
  const replications = intOption(values.replications, "replications", "compare", inputs.experiment.replications);
  if (replications < 2 || replications > 10_000)
    throw new UsageError(`--replications must be from 2 to 10000, found ${replications}`, "compare");
  inputs.experiment = { ...inputs.experiment, replications, seed: values.seed ?? inputs.experiment.seed };
  const out = values.out ?? `out/${basename(file).replace(/\.json$/i, "")}.comparison.json`;
  checkOutputFile(out);
  const all = runScenarios(inputs);
  checkRunSize("compare", all.scenarios, replications, false);
  if (!values.quiet)
    warnStaffingGaps(
      inputs.scenarios,
      lang,
      inputs.setUps.map((s) => s.name),
    );
  const { execute, close, written } = await openExecutor(all.scenarios, all.hashes, inputs.experiment.seed, workers, {
    command: "compare",
    choice: queue,
  });
  const cases = inputs.sensitivity?.length ?? 0;
  const bar = progressBar(experimentLabel(lang, inputs.setUps.length, cases, replications), lang);
  let results;
  try {
    results = await runExperiment(inputs, execute, values.quiet ? undefined : bar.update);
  } finally {
    bar.done();
    await close();
  }
  writeFileAtomic(out, `${JSON.stringify(results, null, 1)}\n`);
  await written();
  if (!values.quiet) {
    const sensitivity = sensitivityTable(results, lang);
    process.stdout.write(
      `${experimentTitle(results.name, results.setUps.length, replications, results.seed, workers, lang)}\n\n` +
        `${verdictText(results, lang)}\n\n${rankingTable(results, lang)}\n\n` +
        `${sensitivity === null ? "" : `${sensitivity}\n\n`}${comparisonTable(results, lang)}\n\n` +
        `${resultsWritten(out, lang)}\n`,
    );
  }
  for (const f of results.failures) {
    process.stderr.write(
      `clientflow compare: set-up "${f.setUp}" replication ${f.replication} (seed "${f.seed}", scenario ${f.scenarioHash}) failed: ${f.message}\n`,
    );
  }
  return results.failures.length > 0 ? 1 : 0;
}

/** The first line compare prints: the experiment, its size, seed and worker threads, in `lang`. */
export function experimentTitle(
  name: string,
  setUps: number,
  replications: number,
  seed: string,
  workers: number,
  lang: LabelLanguage,
): string {
  if (lang === "ru")
    return (
      `Эксперимент «${name}»: ${setUpsWords(setUps, "ru")}, ` +
      `на каждый ${replicationsWords(replications, "ru")}, ${seedWords(seed, "ru")}, ` +
      pluralCount("ru", workers, "one {# поток} few {# потока} many {# потоков} other {# потока}")
    );
  return `Experiment "${name}": ${setUps} set-ups, ${replications} replications each, seed "${seed}", ${pluralCount("en", workers, "one {# worker} other {# workers}")}`;
}

/**
 * The inputs with the named set-up first, so that it is the base every other is compared with.
 * Replication r of a set-up draws the same numbers wherever the set-up stands, so the order
 * changes which differences are taken, never a set-up's own figures.
 */
export function withBase(inputs: ExperimentInputs, name: string): ExperimentInputs {
  const i = inputs.setUps.findIndex((s) => s.name === name);
  if (i < 0) {
    const names = inputs.setUps.map((s) => `"${s.name}"`).join(", ");
    throw new UsageError(`--base must name a set-up of the experiment (${names}), found "${name}"`, "compare");
  }
  const first = <T>(list: readonly T[]): T[] => [list[i]!, ...list.filter((_, j) => j !== i)];
  return {
    ...inputs,
    setUps: first(inputs.setUps),
    scenarios: first(inputs.scenarios),
    hashes: first(inputs.hashes),
    sensitivity: inputs.sensitivity?.map((c) => ({ ...c, scenarios: first(c.scenarios), hashes: first(c.hashes) })),
  };
}
