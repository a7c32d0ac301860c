import { basename } from "node:path";
import { parseArgs } from "node:util";
import { NameLabels, NO_LABELS, RESULTS_VERSION, type LabelLanguage } from "../../results/index.js";
import { runReplication } from "../../run/index.js";
import { buildModel, type Scenario } from "../../scenario/index.js";
import {
  optimiseShifts,
  optimiseStaffing,
  type Evaluate,
  type ShiftStaffingResult,
  type StaffingResult,
} from "../../staffing/index.js";
import { shiftPlanCsv, shiftPlanText } from "./shiftPlanText.js";
import { ENGINE_VERSION } from "../../version.js";
import { defaultWorkers, openReplicationPool } from "../executors.js";
import { checkOutputFile, writeFileAtomic } from "../files.js";
import { hashCanonical } from "../hash.js";
import { loadExperiment } from "../loadExperiment.js";
import { checkRunSize } from "./runSize.js";
import { fmt, formatTable } from "./table.js";
import { intOption } from "./options.js";
import { QUEUE_FLAGS, QUEUE_HELP, queueChoice } from "./queueOptions.js";
import { langOption } from "./langOption.js";
import { money, STAFFING_WORDS, methodText, targetValue } from "./staffingWords.js";
import { UsageError } from "./usageError.js";
import { csvCell } from "../../../viz/figures/index.js";

export const STAFF_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow staff <experiment.json> [options]

Finds the staff per pool and interval of the day that meets the targets in the experiment's
"staffing" section (or, in profit mode, that earns the most: gross margin minus wages), starting
from the Erlang C staffing of each interval and adjusting by simulation on common random
numbers; then re-checks the rosters on fresh seeds. Writes the rosters as CSV and a results file.
With shift rules ("staffing.shifts"), it finds how many people work each allowed shift on each
weekday, all pools in one simulation, and shows hours, wages and overtime beside the current roster.

Options:
  --workers N         worker threads (default: the machine's cores)
  --out FILE          results file (default out/<experiment file name>.staffing.json; the CSV beside it)
  --lang en|ru        language of the printed rosters and the pools' names in them (default: the
                      locale's, LANG=ru_RU.UTF-8 gives ru; else en); the CSV and results file stay as they are
${QUEUE_HELP.en}  --quiet             print nothing but errors
  --help              this text
`,
  ru: `Использование: clientflow staff <experiment.json> [параметры]

Подбирает для каждого пула штат по интервалам дня, при котором выполняются цели из раздела
«staffing» эксперимента (или, в режиме прибыли, штат, приносящий больше всего: валовая маржа минус
зарплата).
Начинает со штата по Эрлангу C для каждого интервала и уточняет его симуляцией на общих случайных
числах, затем перепроверяет планы штата на новых зёрнах. Записывает планы штата в CSV и файл
результатов. С правилами смен («staffing.shifts») находит, сколько людей выходит в каждую
разрешённую смену по дням недели, все пулы в одной симуляции, и показывает часы, зарплату
и переработку рядом с текущим штатом.

Параметры:
  --workers N         число потоков (по умолчанию — по числу ядер машины)
  --out FILE          файл результатов (по умолчанию out/<имя файла эксперимента>.staffing.json; CSV — рядом)
  --lang en|ru        язык планов штата и названий пулов в них (по умолчанию — язык
                      локали: при LANG=ru_RU.UTF-8 — ru, иначе en); CSV и файл результатов от него не зависят
${QUEUE_HELP.ru}  --quiet             печатать только ошибки
  --help              эта справка
`,
};

export async function staffCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workers: { type: "string" },
      out: { type: "string" },
      ...QUEUE_FLAGS,
      lang: { type: "string" },
      quiet: { type: "boolean" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("staff needs exactly one experiment file", "staff");
  const file = positionals[0]!;
  const workers = intOption(values.workers, "workers", "staff", defaultWorkers());
  const queue = queueChoice(values, "staff");
  const lang = langOption(values.lang, "staff");
  const inputs = loadExperiment(file);
  const staffing = inputs.experiment.staffing;
  if (staffing === undefined) throw new UsageError(`${file} has no "staffing" section`, "staff");
  const base = inputs.scenarios[0]!;
  for (const pool of staffing.pools) {
    if (!base.pools.some((p) => p.name === pool))
      throw new UsageError(`staffing.pools names "${pool}", which is not a pool of the base`, "staff");
  }
  const out = values.out ?? `out/${basename(file).replace(/\.json$/i, "")}.staffing.json`;
  const csv = out.replace(/\.json$/i, "") + ".csv";
  checkOutputFile(out);
  checkOutputFile(csv);
  // The plan's file is small; each replication it runs must still be one the engine allows.
  checkRunSize("staff", [base], 0, false);
  const pool = await openReplicationPool(workers, {
    command: "staff",
    choice: queue,
    scenarios: [base],
    seed: inputs.experiment.seed,
  });
  const evaluate: Evaluate = async (scenario: Scenario, seed: string, replications: number) => {
    const hash = hashCanonical(scenario);
    if (pool === null) {
      const spec = buildModel(scenario);
      return Array.from({ length: replications }, (_, r) => runReplication(spec, seed, r + 1).values);
    }
    const outs = await Promise.all(
      Array.from({ length: replications }, (_, r) =>
        pool.run({ scenario, scenarioHash: hash, seed, replication: r + 1 }),
      ),
    );
    return outs.map((o) => o.values);
  };
  let result: StaffingResult;
  try {
    result =
      staffing.shifts === undefined
        ? await optimiseStaffing(base, staffing, inputs.experiment.seed, evaluate)
        : await optimiseShifts(base, staffing, inputs.experiment.seed, evaluate);
  } finally {
    await pool?.close();
  }
  const metrics = staffing.targets.map((t) => t.metric);
  const shifts = "shifts" in result ? (result as ShiftStaffingResult) : null;
  writeFileAtomic(csv, shifts === null ? staffingCsv(result, metrics) : shiftPlanCsv(shifts));
  writeFileAtomic(
    out,
    `${JSON.stringify({ format: "clientflow-results", version: RESULTS_VERSION, kind: "staffing", engine: { name: "clientflow", version: ENGINE_VERSION }, name: inputs.experiment.name, seed: inputs.experiment.seed, staffing, ...result }, null, 1)}\n`,
  );
  const names = NameLabels.of(base);
  if (!values.quiet)
    process.stdout.write(
      `${shifts === null ? staffingText(result, metrics, lang, names) : shiftPlanText(shifts, lang, names)}\n\n${STAFFING_WORDS[lang].written(csv, out)}\n`,
    );
  return 0;
}

/** The rosters as CSV: one row per pool and interval of the day. */
export function staffingCsv(r: StaffingResult, metrics: string[]): string {
  // Target metric names are text a user wrote: made safe for spreadsheets (the other cells are numbers and names).
  const header = [
    "pool",
    "interval",
    "staff",
    "erlang_start",
    "arrivals_per_day",
    ...metrics.map(csvCell),
    "meets_targets",
  ];
  const rows = r.pools.flatMap((p) =>
    p.intervals.map((i) => [
      p.pool,
      i.interval,
      String(i.staff),
      String(i.erlangStart),
      i.arrivalsPerDay.toFixed(3),
      ...metrics.map((m) => (i.checked[m] === null || i.checked[m] === undefined ? "" : i.checked[m]!.toFixed(4))),
      i.meetsTargets ? "yes" : "no",
    ]),
  );
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${[header, ...rows].map((row) => row.map(quote).join(",")).join("\n")}\n`;
}

/** The rosters per interval as text, in `lang`: per pool (by its label in that language), and the re-check. */
export function staffingText(
  r: StaffingResult,
  metrics: string[],
  lang: LabelLanguage = "en",
  names: NameLabels = NO_LABELS,
): string {
  const w = STAFFING_WORDS[lang];
  const n = (x: number, digits: number) => fmt(x, digits, lang);
  const currency = r.scenario.currency;
  const cash = (x: number) => money(x, lang, currency);
  const parts = [`${w.title(r.mode, r.evaluations)} ${methodText(r.method, lang)}`];
  for (const p of r.pools) {
    const rows = p.intervals
      .filter((i) => i.arrivalsPerDay > 0 || i.staff > 0)
      .map((i) => [
        i.interval,
        n(i.arrivalsPerDay, 1),
        String(i.erlangStart),
        String(i.staff),
        ...metrics.map((m) => targetValue(m, i.checked[m], lang, currency)),
        i.meetsTargets ? w.yes : w.no,
      ]);
    parts.push(
      `\n${w.pool(names.label(p.pool, lang, "pool"), n(p.handleSeconds, 0), n(p.staffHoursPerDay, 1), cash(p.wagesPerDay))}`,
      formatTable(w.header(metrics), rows),
    );
  }
  parts.push(
    `\n${w.recheck(r.check.seed, r.check.replications, r.check.intervalsMeetingTargets, r.check.intervals)}` +
      (r.check.profitPerDay === null ? "" : w.profit(cash(r.check.profitPerDay))),
  );
  return parts.join("\n");
}
