import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Selector } from "../../engine/results/index.js";
import { differenceOf } from "../../engine/index.js";
import { differencesTable, findings, runExperimentFile, type ShownRow } from "./experimentNotebook.js";
import { whatChanged } from "./whatChanged.js";
import { intervalChartSvg, isQuick, outputDir, writeOutputs } from "./notebook.js";

export interface ComparisonNotebook {
  /** Folder under notebooks/out/. */
  name: string;
  title: string;
  /** The question, in the thread's words. */
  question: string;
  /** A shipped experiment file. */
  experiment: string;
  /** Rows shown (by their columns), with the words used for them in the findings. */
  metrics: ShownRow[];
  /** The row charted (paired differences with intervals), with its label. */
  chart: { metric: Selector; label: string };
  /** A key assumption changed on the base, to see whether the answer moves. */
  sensitivity: { label: string; changes: unknown[] };
}

/**
 * A notebook that answers a question with a shipped experiment: the paired differences with
 * their intervals, findings that follow from them, and the same comparison on a base whose key
 * assumption is changed. Quick setting (CI): three weeks, three replications.
 */
export async function comparisonNotebook(nb: ComparisonNotebook): Promise<void> {
  const quick = isQuick();
  const keys = nb.metrics.map((m) => m.row);
  const main = await runExperimentFile(nb.experiment, quick);
  const file = JSON.parse(readFileSync(nb.experiment, "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "clientflow-nb-"));
  const base = resolve(nb.experiment, "..", file.base);
  writeFileSync(
    join(dir, "base.json"),
    JSON.stringify({ extends: base, name: `base, ${nb.sensitivity.label}`, changes: nb.sensitivity.changes }),
  );
  writeFileSync(join(dir, "experiment.json"), JSON.stringify({ ...file, base: "base.json", $schema: undefined }));
  const moved = await runExperimentFile(join(dir, "experiment.json"), quick);
  const significant = (lines: string[]) => lines.filter((l) => !l.includes("no significant difference"));
  const mainFindings = findings(main, nb.metrics);
  const movedFindings = findings(moved, nb.metrics);
  const same =
    significant(mainFindings)
      .map((l) => l.replace(/ \(95%.*$/, ""))
      .join("|") ===
    significant(movedFindings)
      .map((l) => l.replace(/ \(95%.*$/, ""))
      .join("|");
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

${mainFindings.join("\n")}

## Sensitivity: ${nb.sensitivity.label}

${differencesTable(moved, keys)}

${movedFindings.join("\n")}

## Conclusion

${
  significant(mainFindings).length === 0
    ? "No set-up differs significantly from the base on the figures shown: at this load and with these assumptions the choice does not show in the numbers."
    : `What differs significantly is listed under Results. ${same ? "The same differences hold when the key assumption changes." : "With the key assumption changed the list of significant differences changes (see Sensitivity): the answer depends on that assumption, which should be measured."}`
}
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
