import type { MetricValue } from "../../metrics/index.js";
import { estimateMean } from "../../stats/index.js";
import { pairedDifference, type Difference } from "../pairedComparison.js";
import { dominatedBy, worseOnEveryFigure, type ShownFigure } from "./dominance.js";

/** A bound a set-up must keep to be ranked first ("abandonment at most 5%"), on its mean. */
export interface Constraint {
  id: string;
  atMost?: number;
  atLeast?: number;
  /** Per set-up, per replication. */
  values: readonly (readonly MetricValue[])[];
}

/** What to rank by: one figure with a direction (profit per day unless the experiment names another). */
export interface Objective {
  id: string;
  direction: "higher" | "lower";
  values: readonly (readonly MetricValue[])[];
}

export interface RankingInput {
  objective: Objective;
  constraints: readonly Constraint[];
  /** The figures shown, for "worse on every figure" and Pareto dominance. */
  shown: readonly ShownFigure[];
  setUps: number;
}

/** One set-up's place in the ranking. */
export interface RankedSetUp {
  setUp: number;
  /** 1 = best. Set-ups that break a constraint come after every set-up that keeps them all. */
  rank: number;
  /** Mean of the objective over replications (null when no replication had a value). */
  objective: number | null;
  /** Constraints whose mean is on the wrong side of the bound. */
  breaks: string[];
  /** Constraints kept by the mean whose 95% interval still reaches over the bound. */
  uncertain: string[];
  /** Paired difference of the objective, the set-up ranked just above minus this one (null for the first). */
  behindPrevious: Difference | null;
  /** Paired difference of the objective, the first-ranked set-up minus this one (null for the first). */
  behindBest: Difference | null;
  /** The first-ranked set-up is not significantly better on the objective (it is itself, or a tie). */
  tiedWithBest: boolean;
  /** Another set-up significantly better on every judged figure shown, or null. */
  worseOnEveryFigureThan: number | null;
  /** Another set-up better on at least one judged figure and worse on none (paired), or null. */
  dominatedBy: number | null;
}

/**
 * Ranks set-ups by the objective's mean in its good direction, those keeping every constraint
 * first; ties in the mean keep the experiment's order (deterministic). Each step of the ranking
 * carries the paired interval of the objective between neighbours and to the best, so a reader
 * sees which places are distinguishable at all.
 */
export function rankSetUps(input: RankingInput): RankedSetUp[] {
  const { objective, constraints, setUps } = input;
  const means = Array.from({ length: setUps }, (_, s) => meanOf(objective.values[s]!));
  const breaks = Array.from({ length: setUps }, (_, s) => constraints.filter((c) => broken(c, s)).map((c) => c.id));
  const uncertain = Array.from({ length: setUps }, (_, s) =>
    constraints.filter((c) => !broken(c, s) && reachesOver(c, s)).map((c) => c.id),
  );
  const sign = objective.direction === "higher" ? -1 : 1;
  const order = Array.from({ length: setUps }, (_, s) => s).sort((a, b) => {
    const feasible = Number(breaks[a]!.length > 0) - Number(breaks[b]!.length > 0);
    if (feasible !== 0) return feasible;
    const ma = means[a]!;
    const mb = means[b]!;
    if (ma === null || mb === null) return ma === null ? (mb === null ? a - b : 1) : -1;
    return sign * (ma - mb) || a - b;
  });
  const worse = worseOnEveryFigure(input.shown, setUps);
  const dominated = dominatedBy(input.shown, setUps);
  const best = order[0]!;
  return order.map((s, i) => {
    const previous = i === 0 ? null : order[i - 1]!;
    const behindBest = i === 0 ? null : pairedDifference(objective.values[best]!, objective.values[s]!);
    return {
      setUp: s,
      rank: i + 1,
      objective: means[s]!,
      breaks: breaks[s]!,
      uncertain: uncertain[s]!,
      behindPrevious: previous === null ? null : pairedDifference(objective.values[previous]!, objective.values[s]!),
      behindBest,
      tiedWithBest: behindBest === null || !behindBest.significant,
      worseOnEveryFigureThan: worse[s]!,
      dominatedBy: dominated[s]!,
    };
  });
}

function meanOf(values: readonly MetricValue[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : estimateMean(present).mean;
}

function broken(c: Constraint, s: number): boolean {
  const m = meanOf(c.values[s]!);
  if (m === null) return true;
  return (c.atMost !== undefined && m > c.atMost) || (c.atLeast !== undefined && m < c.atLeast);
}

function reachesOver(c: Constraint, s: number): boolean {
  const present = c.values[s]!.filter((v): v is number => v !== null);
  if (present.length < 2) return false;
  const [lo, hi] = estimateMean(present).ci95;
  return (c.atMost !== undefined && hi > c.atMost) || (c.atLeast !== undefined && lo < c.atLeast);
}
