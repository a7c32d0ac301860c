import { rowLabel, type MetricColumns, type RankingData } from "../../engine/results/index.js";
import { formatValue, unitOf, type Unit } from "../data/metricKinds.js";
import type { Results } from "../data/results.js";
import type { Format, Locale } from "../i18n/index.js";
import { rankingStep, type RankingStep } from "./rankingStep.js";

/** One set-up's line of the ranking table. */
export interface RankingRow {
  rank: number;
  setUp: string;
  /** Mean of the objective over replications, as in the file (null when none had a value). */
  objective: number | null;
  /** The objective in its unit's format, with the currency for money. */
  objectiveText: string;
  /** Behind the set-up ranked just above (null for the first). */
  behindPrevious: RankingStep | null;
  /** Behind the first-ranked set-up (null for the first). */
  behindBest: RankingStep | null;
  /** The constraints whose mean is on the wrong side of the bound, named ("Abandoned at most 5%"). */
  breaks: string[];
  /** The constraints kept by the mean whose 95% interval reaches over the bound. */
  uncertain: string[];
  /** A set-up significantly better on every judged figure shown, or null. */
  worseOnEveryFigureThan: string | null;
  /** A set-up better on some judged figure and worse on none (null when worse on every figure is said). */
  dominatedBy: string | null;
  /** Below the first and not significantly behind it, keeping every constraint. */
  tiedWithBest: boolean;
}

/** An experiment's ranking as the key-figures view shows it. */
export interface RankingFigures {
  objective: MetricColumns;
  objectiveLabel: string;
  direction: "higher" | "lower";
  unit: Unit;
  /** Each constraint named with its bound, in the file's order. */
  constraints: string[];
  rows: RankingRow[];
}

/** The ranking of an experiment, or null for a file without one (a run, an older experiment). */
export function ranking(results: Results, locale: Locale, format: Format): RankingFigures | null {
  const r = results.ranking;
  if (r === null) return null;
  const objective = r.objective as MetricColumns & { direction: "higher" | "lower" };
  const unit = unitOf(objective);
  const constraints = r.constraints.map((c) => constraintText(c as RankingData["constraints"][number], locale, format));
  const named = (indices: number[]) => indices.map((i) => constraints[i] ?? String(i));
  const rows = r.entries.map((e) => ({
    rank: e.rank,
    setUp: e.setUp,
    objective: e.objective,
    objectiveText: formatValue(format, unit, e.objective),
    behindPrevious: rankingStep(e.behindPrevious, objective.direction, unit, format),
    behindBest: rankingStep(e.behindBest, objective.direction, unit, format),
    breaks: named(e.breaks),
    uncertain: named(e.uncertain),
    worseOnEveryFigureThan: e.worseOnEveryFigureThan,
    dominatedBy: e.worseOnEveryFigureThan === null ? e.dominatedBy : null,
    tiedWithBest: e.rank > 1 && e.tiedWithBest && e.breaks.length === 0,
  }));
  const objectiveLabel = rowLabel(objective, locale.lang, locale.names);
  return { objective, objectiveLabel, direction: objective.direction, unit, constraints, rows };
}

/** "Abandoned at most 5%" (and "… at least …" where both bounds are given). */
function constraintText(c: RankingData["constraints"][number], locale: Locale, format: Format): string {
  const columns = c as MetricColumns;
  const label = rowLabel(columns, locale.lang, locale.names);
  const unit = unitOf(columns);
  const bounds = [
    c.atMost === null ? null : locale.t("constraintAtMost", { label, value: formatValue(format, unit, c.atMost) }),
    c.atLeast === null ? null : locale.t("constraintAtLeast", { label, value: formatValue(format, unit, c.atLeast) }),
  ];
  return bounds.filter((b): b is string => b !== null).join(locale.t("and"));
}
