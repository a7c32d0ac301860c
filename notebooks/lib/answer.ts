import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { ExperimentResults } from "../../engine/index.js";
import { differenceOf } from "../../engine/index.js";
import { formatValue, formatWithInterval, MEASURES, rowLabel, verdictText } from "../../engine/results/index.js";

/**
 * A notebook's answer, written from an experiment's numbers: the recommendation (the set-up the
 * ranking puts first, or that none is clearly first), its size with the paired interval to the
 * next and to the base, the owner's paragraph `clientflow compare` prints, the assumptions of the
 * base the question rests on (its notes), and what would flip it (its sensitivity runs).
 */
export function answer(r: ExperimentResults, experimentPath: string): string {
  const { objective, entries } = r.ranking;
  const unit = MEASURES[objective.measure].unit;
  const currency = r.setUps[0]!.scenario.currency ?? "RUB";
  const label = rowLabel(objective, "en");
  const value = (x: number | null) => (x === null ? "-" : formatValue(x, unit, "en", currency));
  const [best, next] = entries;
  const ties = entries.slice(1).filter((e) => e.tiedWithBest && e.breaks.length === 0);
  const sign = objective.direction === "higher" ? 1 : -1;
  const lead = (d: { mean: number; ci95: [number, number] }) =>
    formatWithInterval(sign * d.mean, sign > 0 ? d.ci95 : [-d.ci95[1], -d.ci95[0]], unit, "en", currency, true);
  const recommendation =
    ties.length > 0
      ? `No set-up is clearly best on ${label}: "${best!.setUp}" ranks first, but ${ties.map((e) => `"${e.setUp}"`).join(", ")} cannot be told apart from it with ${r.replications} replications. Choose among them on the other figures, or run more replications before deciding.`
      : `"${best!.setUp}", ranked first on ${label} (${objective.direction} is better).`;
  const size = [`${label} of "${best!.setUp}": ${value(best!.objective)}.`];
  if (next?.behindPrevious)
    size.push(`Ahead of "${next.setUp}", the next, by ${lead(next.behindPrevious)} (paired 95% interval).`);
  const base = r.setUps[0]!.name;
  const againstBase = best!.setUp === base ? null : differenceOf(r, best!.setUp, objective);
  if (againstBase)
    size.push(
      `Against the base "${base}": ${formatWithInterval(againstBase.mean, againstBase.ci95, unit, "en", currency, true)}${againstBase.significant ? "" : " (not significant)"}.`,
    );
  return `## Answer

**Recommendation.** ${recommendation}

**Size.** ${size.join(" ")}

**In words an owner can read aloud** (the paragraph \`clientflow compare\` prints):

> ${verdictText(r, "en")}

**Assumptions it rests on** (notes of the base scenario; what they assume holds until measured):

${assumptions(r, experimentPath)
  .map(([k, v]) => `- \`${k}\`: ${v.replace(/^assumption: /, "")}`)
  .join("\n")}

**What would flip it.** ${flips(r)}
`;
}

/** What the sensitivity runs say: each case's first set-up and order, and whether any flips the answer. */
function flips(r: ExperimentResults): string {
  const best = r.ranking.entries[0]!.setUp;
  if (r.sensitivity.length === 0)
    return "The experiment has no sensitivity runs: nothing here says what would flip it.";
  const lines = r.sensitivity.map((c) => {
    const order = c.ranking.entries.map((e) => e.setUp).join(" > ");
    const what = c.description === "" ? c.name : `${c.name} (${c.description})`;
    const said = c.sameBest
      ? `"${best}" stays first${c.sameOrder ? " and every set-up keeps its place" : ", the order behind it changes"}`
      : `"${c.ranking.entries[0]!.setUp}" ranks first instead${c.ranking.entries.find((e) => e.setUp === best)?.tiedWithBest ? ` (it cannot be told apart from "${best}" there)` : ""}`;
    return `- ${what}: ${said}. Order: ${order}.`;
  });
  const flipped = r.sensitivity.filter((c) => !c.sameBest);
  // A case flips the answer clearly when the old best is significantly behind the new first there.
  const clear = flipped.filter((c) => !c.ranking.entries.find((e) => e.setUp === best)?.tiedWithBest);
  const names = (cs: typeof flipped) => cs.map((c) => `"${c.name}"`).join(", ");
  const summary =
    flipped.length === 0
      ? `No sensitivity run puts another set-up first: the answer does not hinge on ${names(r.sensitivity)}.`
      : clear.length > 0
        ? `With ${names(clear)}, another set-up is clearly first (the old best is significantly behind it there): the answer depends on that assumption, which should be measured before acting on it.`
        : `With ${names(flipped)}, another set-up ranks first, but "${best}" cannot be told apart from it there: the assumption moves the order within the noise of ${r.replications} replications, not clearly.`;
  return `${summary}\n\n${lines.join("\n")}`;
}

/**
 * The base's notes that are assumptions and bear on the question: those about what the set-ups
 * and the sensitivity cases change (same first path segment), the arrivals and the deal chances
 * (every figure rests on them), and the margin when money ranks the set-ups.
 */
function assumptions(r: ExperimentResults, experimentPath: string): [string, string][] {
  const file = JSON.parse(readFileSync(experimentPath, "utf8")) as {
    base: string;
    variants?: { changes?: Record<string, unknown>[] }[];
    sensitivity?: { changes: Record<string, unknown>[] }[];
  };
  const base = JSON.parse(readFileSync(resolve(dirname(experimentPath), file.base), "utf8")) as {
    notes?: Record<string, string>;
  };
  const head = (path: string) => path.split(/[.[]/)[0]!;
  const changed = new Set(
    [...(file.variants ?? []), ...(file.sensitivity ?? [])]
      .flatMap((v) => v.changes ?? [])
      .map((c) => head(String(c.set ?? c.add ?? c.remove ?? ""))),
  );
  changed.add("arrivals");
  changed.add("segments");
  if (r.ranking.objective.scope === "money") changed.add("money");
  return Object.entries(base.notes ?? {}).filter(([k, v]) => v.includes("assumption") && changed.has(head(k)));
}
