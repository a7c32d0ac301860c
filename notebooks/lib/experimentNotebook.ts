import type { Difference, ExperimentResults } from "../../engine/index.js";
import { differenceOf, runExperiment, runScenarios, type Scenario } from "../../engine/index.js";
import { MEASURES, metricOf, rowLabel, selectorColumns, type Selector } from "../../engine/results/index.js";
import { loadExperiment } from "../../engine/node/loadExperiment.js";
import { makeExecutor } from "../../engine/node/executors.js";
import { markdownTable } from "./notebook.js";

/**
 * Runs a shipped experiment file through the engine's public API. The quick setting shortens
 * every set-up's calendar and replications (for CI); the full setting runs the file as written.
 */
export async function runExperimentFile(path: string, quick: boolean): Promise<ExperimentResults> {
  const inputs = loadExperiment(path);
  if (quick) {
    const short = (list: Scenario[]) =>
      list.map((s) => ({ ...s, calendar: { ...s.calendar, days: 21, warmupDays: 7 } }));
    inputs.scenarios = short(inputs.scenarios);
    inputs.sensitivity = inputs.sensitivity?.map((c) => ({ ...c, scenarios: short(c.scenarios) }));
    inputs.experiment = { ...inputs.experiment, replications: 3 };
  }
  const all = runScenarios(inputs);
  const { execute, close } = makeExecutor(all.scenarios, all.hashes, inputs.experiment.seed, 1);
  try {
    return await runExperiment(inputs, execute);
  } finally {
    await close();
  }
}

/** A row a notebook shows, with the words used for it in the findings. */
export interface ShownRow {
  row: Selector;
  words: string;
}

/** A value in its measure's unit (from the catalogue): percentages for shares, seconds for times. */
export const show = (row: Selector, x: number): string => {
  const unit = MEASURES[row.measure].unit;
  if (unit === "share") return `${(x * 100).toFixed(2)}%`;
  if (unit === "seconds") return `${x.toFixed(1)} s`;
  return Math.abs(x) >= 1000 ? Math.round(x).toLocaleString("en-US") : x.toFixed(2);
};

/** The base's means and each set-up's paired difference with its 95% interval; * marks significance. */
export function differencesTable(r: ExperimentResults, metrics: readonly Selector[]): string {
  const rows = r.setUps.slice(1).map((s) => [
    s.name,
    ...metrics.map((k) => {
      const d = differenceOf(r, s.name, k);
      return d
        ? `${d.mean >= 0 ? "+" : ""}${show(k, d.mean)} [${show(k, d.ci95[0])}, ${show(k, d.ci95[1])}]${d.significant ? " *" : ""}`
        : "-";
    }),
  ]);
  const base = [
    "base (value)",
    ...metrics.map((k) => {
      const v = metricOf(r.setUps[0]!, k);
      return v ? show(k, v.mean) : "-";
    }),
  ];
  return markdownTable(["set-up", ...metrics.map((k) => rowLabel(selectorColumns(k), "en"))], [base, ...rows]);
}

/** Plain-words findings that follow from the paired intervals, per set-up and metric. */
export function findings(r: ExperimentResults, metrics: readonly ShownRow[]): string[] {
  const lines: string[] = [];
  for (const s of r.setUps.slice(1)) {
    const sig = metrics
      .map(({ row, words }) => [words, differenceOf(r, s.name, row)] as const)
      .filter((e): e is readonly [string, Difference] => e[1] !== null && e[1] !== undefined && e[1].significant);
    lines.push(
      sig.length === 0
        ? `- **${s.name}**: no significant difference from the base on any figure shown.`
        : `- **${s.name}**: ${sig.map(([label, d]) => `${label} ${d.mean > 0 ? "higher" : "lower"}`).join(", ")} than the base (95% paired intervals exclude zero).`,
    );
  }
  return lines;
}
