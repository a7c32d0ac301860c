import { parseArgs } from "node:util";
import { independentDifference, pairedDifference, type Difference } from "../../experiment/index.js";
import {
  formatDifference,
  formatValue,
  formatWithInterval,
  MEASURES,
  RowIndex,
  NameLabels,
  rowLabel,
  type LabelLanguage,
  type MetricRow,
  type RunFile,
  type Scope,
} from "../../results/index.js";
import { checkOutputFile, FileProblem, writeFileAtomic } from "../files.js";
import { loadResults } from "../loadResults.js";
import { formatTable } from "./table.js";
import { langOption } from "./langOption.js";
import { UsageError } from "./usageError.js";
import { replications as replicationsWords, seedWords } from "./cliWords.js";
import { resultsWritten } from "./resultsWritten.js";

/** What a results file holds, as the refusal of a file that is not a run's names it. */
const KIND_NAMES = {
  run: "a run",
  experiment: "an experiment",
  staffing: "a staffing plan",
  calibration: "a calibration report",
} as const;

export const DIFF_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow diff <A.results.json> <B.results.json> [options]

Two runs side by side: each figure of A and of B with its 95% interval and B - A with its
interval (* where it excludes zero). When both runs share the seed and the number of
replications, replication r of each saw the same clients (common random numbers) and the
difference is paired; otherwise the runs are independent and Welch's interval is used. The
output says which.

Options:
  --all           every figure both runs report (default: the owner's key figures)
  --lang en|ru    language of the labels and sentences (default: the locale's, LANG=ru_RU.UTF-8 gives ru; else en)
  --out FILE      also write the comparison as an experiment results file (A the base), for
                  clientflow view or clientflow report
  --help          this text
`,
  ru: `Использование: clientflow diff <A.results.json> <B.results.json> [параметры]

Два запуска рядом: каждый показатель A и B с 95% интервалом и разница B − A с её интервалом
(* — где он не содержит нуля). Если у запусков одно зерно и одно число прогонов, в прогоне r оба
видели одних и тех же клиентов (общие случайные числа) и разница парная; иначе запуски независимы
и интервал считается по Уэлчу. В выводе сказано, какой случай.

Параметры:
  --all           все показатели, которые есть в обоих запусках (по умолчанию — ключевые показатели для владельца)
  --lang en|ru    язык подписей и текста (по умолчанию — язык локали: при LANG=ru_RU.UTF-8 — ru, иначе en)
  --out FILE      также записать сравнение файлом результатов эксперимента (A — база), для
                  clientflow view или clientflow report
  --help          эта справка
`,
};

/** What diff prints around its table, per language. */
const DIFF_WORDS = {
  en: {
    paired: (seed: string, replications: number) =>
      `B - A paired: both runs have seed "${seed}" and ${replicationsWords(replications, "en")} (common random numbers)`,
    independent: (seedA: string, repsA: number, seedB: string, repsB: number) =>
      `B - A independent (Welch): the runs differ in seed or replications ("${seedA}" x ${repsA}, "${seedB}" x ${repsB})`,
    header: ["Figure", "A", "B", "B - A"],
    noIntervals:
      "A run of one replication has no confidence interval: values without intervals (run at least 2 replications).",
  },
  ru: {
    paired: (seed: string, replications: number) =>
      `B − A — парная разность: у обоих запусков ${seedWords(seed, "ru")} и ${replicationsWords(replications, "ru")} (общие случайные числа)`,
    independent: (seedA: string, repsA: number, seedB: string, repsB: number) =>
      `B − A — независимые запуски (Уэлч): у них разные зёрна или число прогонов («${seedA}» × ${repsA}, «${seedB}» × ${repsB})`,
    header: ["Показатель", "A", "B", "B − A"],
    noIntervals:
      "У запуска из одного прогона нет доверительного интервала: значения без интервалов (нужно не меньше 2 прогонов).",
  },
} as const satisfies Record<LabelLanguage, unknown>;

/** The owner's key figures shown by default, by scope and measure. */
const KEY_FIGURES: [Scope, MetricRow["measure"]][] = [
  ["inbound", "arrivalsPerDay"],
  ["inbound", "pAbandon"],
  ["inbound", "meanWait"],
  ["inbound", "lostClientsPerDay"],
  ["overall", "occupancy"],
  // Deals and lost sales over client contacts, revenue over every deal: as the run summary and the viewer.
  ["inbound", "dealsPerDay"],
  ["money", "revenuePerDay"],
  ["inbound", "lostSalesPerDay"],
  ["money", "wagesPerDay"],
  ["money", "profitPerDay"],
];

/** Scopes never compared (per interval, per person, flows, staffing). */
const NOT_COMPARED: ReadonlySet<Scope> = new Set(["interval", "person", "flow", "staffing", "poolInterval"]);

/** Whether two runs were made on common random numbers: the same seed and replications. */
export function pairedRuns(a: RunFile, b: RunFile): boolean {
  return a.seed === b.seed && a.replications === b.replications;
}

/** B - A on one row: paired when the runs are, else independent with Welch's interval. */
export function runDifference(a: MetricRow, b: MetricRow, paired: boolean): Difference | null {
  return paired ? pairedDifference(b.values, a.values) : independentDifference(b.values, a.values);
}

export function diffCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: "boolean" },
      lang: { type: "string" },
      out: { type: "string" },
    },
  });
  if (positionals.length !== 2) throw new UsageError("diff needs exactly two run results files", "diff");
  const lang = langOption(values.lang, "diff");
  if (values.out !== undefined) checkOutputFile(values.out);
  const [a, b] = positionals.map((path) => {
    const { text, results } = loadResults(path, lang);
    if (results.kind !== "run")
      throw new FileProblem(`${path}: diff compares two run results files, this one is ${KIND_NAMES[results.kind]}`);
    return JSON.parse(text) as RunFile;
  }) as [RunFile, RunFile];
  const paired = pairedRuns(a, b);
  const bRows = new RowIndex(b.metrics as MetricRow[]);
  const aRows = new RowIndex(a.metrics as MetricRow[]);
  const chosen = values.all
    ? (a.metrics as MetricRow[]).filter((r) => !NOT_COMPARED.has(r.scope) && bRows.same(r) !== undefined)
    : KEY_FIGURES.map(([scope, measure]) => aRows.get({ scope, measure })).filter(
        (r): r is MetricRow => r !== undefined && bRows.same(r) !== undefined,
      );
  const currency = a.scenario.currency;
  const names = NameLabels.of(a.scenario.definition);
  const rows = chosen.map((ra) => {
    const rb = bRows.same(ra)!;
    const unit = MEASURES[ra.measure].unit;
    // One replication has no interval: its value alone, never a zero-width interval.
    const show = (s: MetricRow["summary"]) =>
      s === null
        ? "-"
        : s.n < 2
          ? formatValue(s.mean, unit, lang, currency)
          : formatWithInterval(s.mean, s.ci95, unit, lang, currency, false);
    const d = runDifference(ra, rb, paired);
    return [
      rowLabel(ra, lang, names),
      show(ra.summary),
      show(rb.summary),
      d === null
        ? "-"
        : d.n < 2
          ? formatDifference(d.mean, unit, lang, currency)
          : `${formatWithInterval(d.mean, d.ci95, unit, lang, currency, true)}${d.significant ? " *" : ""}`,
    ];
  });
  const w = DIFF_WORDS[lang];
  const scenarioName = (r: RunFile) =>
    lang === "en" ? r.scenario.name : NameLabels.of(r.scenario.definition).label(r.scenario.name, lang, "scenario");
  process.stdout.write(
    `A: ${scenarioName(a)}\nB: ${scenarioName(b)}\n${paired ? w.paired(a.seed, a.replications) : w.independent(a.seed, a.replications, b.seed, b.replications)}\n` +
      `${Math.min(a.replications, b.replications) < 2 ? `${w.noIntervals}\n` : ""}\n` +
      `${formatTable(w.header, rows)}\n`,
  );
  if (values.out !== undefined) {
    writeFileAtomic(values.out, `${JSON.stringify(asExperiment(a, b, paired), null, 1)}\n`);
    process.stdout.write(`\n${resultsWritten(values.out, lang, { what: "comparison" })}\n`);
  }
  return 0;
}

/** The two runs as an experiment results file: A the base, B the other set-up, B - A on every compared row. */
function asExperiment(a: RunFile, b: RunFile, paired: boolean): object {
  const bRows = new RowIndex(b.metrics as MetricRow[]);
  const aRows = new RowIndex(a.metrics as MetricRow[]);
  const setUp = (r: RunFile, name: string) => ({
    name,
    description: r.scenario.name,
    scenario: r.scenario,
    observation: r.observation,
    metrics: r.metrics,
  });
  const differences = (a.metrics as MetricRow[])
    .filter((r) => !NOT_COMPARED.has(r.scope) && bRows.same(r) !== undefined)
    .map((r) => {
      const { unit: _unit, summary: _summary, values: _values, ...columns } = r;
      return { ...columns, difference: runDifference(r, bRows.same(r)!, paired) };
    });
  const names = uniqueNames(a.scenario.name, b.scenario.name);
  return {
    format: a.format,
    version: a.version,
    kind: "experiment",
    engine: a.engine,
    name: `${names[0]} / ${names[1]}`,
    description: paired ? "two runs on common random numbers (paired)" : "two independent runs (Welch)",
    seed: a.seed,
    replications: Math.min(a.replications, b.replications),
    shownMetrics: KEY_FIGURES.map(([scope, measure]) => aRows.get({ scope, measure }))
      .filter((r): r is MetricRow => r !== undefined && bRows.same(r) !== undefined)
      .map(({ unit: _u, summary: _s, values: _v, ...columns }) => columns),
    setUps: [setUp(a, names[0]), setUp(b, names[1])],
    differences: { [names[1]]: differences },
    narrowing: { [names[1]]: null },
    failures: [],
  };
}

function uniqueNames(a: string, b: string): [string, string] {
  return a === b ? [`A: ${a}`, `B: ${b}`] : [a, b];
}
