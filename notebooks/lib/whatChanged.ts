import type { ExperimentResults } from "../../engine/index.js";
import { metricOf, rowId, selectorColumns, type Selector } from "../../engine/results/index.js";
import { differenceOf } from "../../engine/index.js";
import { show, type ShownRow } from "./experimentNotebook.js";

/** A notebook's main results before a change of the engine's figures, as kept in notebooks/baselines/. */
export interface Baseline {
  note: string;
  /** Per row (by its columns): the base's value as the notebook printed it. */
  base: { row: Selector; text: string }[];
  /** Per set-up and row: the printed difference, and its verdict (sign when significant, else 0). */
  setUps: Record<string, { row: Selector; text: string; significant: boolean; sign: -1 | 0 | 1 }[]>;
}

const same = (a: Selector, b: Selector) => rowId(selectorColumns(a)) === rowId(selectorColumns(b));

const verdictWords = (sign: number) =>
  sign > 0 ? "higher than the base" : sign < 0 ? "lower than the base" : "no significant difference";

/**
 * "What changed": every set-up and figure whose verdict (significantly higher, lower, or no
 * significant difference from the base) differs from the baseline's, and the base's values
 * before and now, written from the numbers of both.
 */
export function whatChanged(
  before: Baseline,
  path: string,
  now: ExperimentResults,
  metrics: readonly ShownRow[],
): string {
  const lines: string[] = [];
  for (const s of now.setUps.slice(1)) {
    const old = before.setUps[s.name];
    if (old === undefined) continue;
    for (const { row: key, words: label } of metrics) {
      const was = old.find((o) => same(o.row, key));
      const d = differenceOf(now, s.name, key);
      if (was === undefined || d === undefined || d === null) continue;
      const sign = d.significant ? Math.sign(d.mean) : 0;
      if (sign === was.sign) continue;
      const text = `${d.mean >= 0 ? "+" : ""}${show(key, d.mean)} [${show(key, d.ci95[0])}, ${show(key, d.ci95[1])}]`;
      lines.push(
        `- **${s.name}**, ${label}: was ${verdictWords(was.sign)} (${was.text}), now ${verdictWords(sign)} (${text}).`,
      );
    }
  }
  const base = metrics.flatMap(({ row: key, words: label }) => {
    const was = before.base.find((b) => same(b.row, key))?.text;
    const v = metricOf(now.setUps[0]!, key);
    return was === undefined || v === null ? [] : [`${label} ${was} before, ${show(key, v.mean)} now`];
  });
  return `## What changed with the corrected figures

Compared with this notebook's results before the corrections of the engine's figures
(\`${path}\`: ${before.note})

Base values: ${base.join("; ")}.

${lines.length === 0 ? "No verdict changed: every set-up is still higher, lower or not significantly different from the base on the same figures." : lines.join("\n")}
`;
}
