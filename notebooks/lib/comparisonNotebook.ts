import { existsSync, readFileSync } from "node:fs";
import type { Selector } from "../../engine/results/index.js";
import { differenceOf } from "../../engine/index.js";
import { differencesTable, findings, runExperimentFile, type ShownRow } from "./experimentNotebook.js";
import { answer } from "./answer.js";
import { whatChanged } from "./whatChanged.js";
import { intervalChartSvg, isQuick, outputDir, writeOutputs } from "./notebook.js";

export interface ComparisonNotebook {
  /** Folder under notebooks/out/. */
  name: string;
  title: string;
  /** The question, in the thread's words. */
  question: string;
  /** A shipped experiment file (its sensitivity cases are the assumptions tested). */
  experiment: string;
  /** Rows shown (by their columns), with the words used for them in the findings. */
  metrics: ShownRow[];
  /** The row charted (paired differences with intervals), with its label. */
  chart: { metric: Selector; label: string };
}

/**
 * A notebook that answers a question with a shipped experiment: the paired differences with
 * their intervals, findings that follow from them, and an answer written from the numbers (the
 * recommendation and its size with interval, the assumptions it rests on, and what would flip
 * it, read from the experiment's sensitivity runs). Quick setting (CI): three weeks, three
 * replications.
 */
export async function comparisonNotebook(nb: ComparisonNotebook): Promise<void> {
  const quick = isQuick();
  const keys = nb.metrics.map((m) => m.row);
  const main = await runExperimentFile(nb.experiment, quick);
  const baseline = `notebooks/baselines/${nb.name}.json`;
  const changed =
    quick || !existsSync(baseline)
      ? ""
      : `\n${whatChanged(JSON.parse(readFileSync(baseline, "utf8")), baseline, main, nb.metrics)}`;
  const readme = `# ${nb.title}

**Question.** ${nb.question}

**Set-up.** The experiment \`${nb.experiment}\` on the default company (\`scenarios/default.json\`:
every rate, time, chance and amount there is an assumption until measured; its notes say which).
All set-ups see the same clients (common random numbers). ${main.replications} replications, seed "${main.seed}"${quick ? ", quick setting (three weeks)" : ", eight weeks of which two are warm-up"}.
Each figure is the paired difference from the base (set-up minus base, replication by
replication) with its 95% interval; * marks an interval that excludes zero.

## Results

${differencesTable(main, keys)}

![${nb.chart.label}](difference.svg)

Paired intervals are ${Object.values(main.narrowing)
    .map((n) => (n ?? 0).toFixed(1))
    .join(", ")} times narrower than independent ones would be.

${findings(main, nb.metrics).join("\n")}

${answer(main, nb.experiment)}
${changed}`;
  const items = main.setUps.slice(1).flatMap((s) => {
    const d = differenceOf(main, s.name, nb.chart.metric);
    return d ? [{ name: s.name, mean: d.mean, low: d.ci95[0], high: d.ci95[1] }] : [];
  });
  const chart = intervalChartSvg(
    `${nb.chart.label}: difference from the base`,
    `${nb.chart.label} (set-up - base), 95% paired interval`,
    items,
  );
  writeOutputs(outputDir(nb.name, quick), { "README.md": readme, "difference.svg": chart });
}
