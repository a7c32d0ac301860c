import type { MetricColumns } from "./metricRow.js";

/** A paired difference of one figure between two set-ups (a - b), replication by replication. */
export interface PairedDifference {
  mean: number;
  se: number;
  ci95: [number, number];
  n: number;
  /** The paired interval excludes zero. */
  significant: boolean;
  independentCi95: [number, number];
}

/** A bound a set-up must keep to be ranked above those that break it. */
export interface RankingConstraint extends MetricColumns {
  atMost: number | null;
  atLeast: number | null;
}

/** One set-up's place in an experiment's ranking. */
export interface RankingEntry {
  setUp: string;
  /** 1 = best. Set-ups breaking a constraint come after every set-up keeping them all. */
  rank: number;
  /** Mean of the objective over replications (null when no replication had a value). */
  objective: number | null;
  /** Indices (in `constraints`) of the constraints whose mean is on the wrong side of the bound. */
  breaks: number[];
  /** Indices of constraints kept by the mean whose 95% interval reaches over the bound. */
  uncertain: number[];
  /** Objective of the set-up ranked just above minus this one's (paired; null for the first). */
  behindPrevious: PairedDifference | null;
  /** Objective of the first-ranked set-up minus this one's (paired; null for the first). */
  behindBest: PairedDifference | null;
  /** The best is not significantly better on the objective (it is the best, or a tie). */
  tiedWithBest: boolean;
  /** Another set-up significantly better on every judged figure shown, or null. */
  worseOnEveryFigureThan: string | null;
  /** Another set-up better on at least one judged figure shown and worse on none, or null. */
  dominatedBy: string | null;
}

/**
 * An experiment's answer to "which set-up is best": the objective (profit per day unless the
 * experiment names another) with its direction, the constraints, and the set-ups best first.
 */
export interface Ranking {
  objective: MetricColumns & { direction: "higher" | "lower" };
  constraints: RankingConstraint[];
  entries: RankingEntry[];
}

/** The paired differences of the shown figures between two set-ups, a - b. */
export interface SetUpPair {
  a: string;
  b: string;
  differences: (MetricColumns & { difference: PairedDifference | null })[];
}

/**
 * An experiment's set-ups ranked again under one sensitivity case (its changes applied on top of
 * every set-up, on the same clients), and whether the answer holds.
 */
export interface SensitivityRanking {
  name: string;
  description: string;
  /** The case's changes, as the experiment file gives them. */
  changes: unknown[];
  ranking: Ranking;
  /** The set-up ranked first is the same as without the case. */
  sameBest: boolean;
  /** Every set-up keeps its place. */
  sameOrder: boolean;
}
