import {
  rowId,
  selectorColumns,
  MEASURES,
  type MetricColumns,
  type MetricValue,
  type Ranking,
  type SetUpPair,
} from "../results/index.js";
import type { ReplicationOutput } from "../run/index.js";
import type { Experiment } from "./experimentSchema.js";
import { pairedDifference } from "./pairedComparison.js";
import { rankSetUps, type ShownFigure } from "./ranking/index.js";

/** Per set-up, per replication: each replication's values by row id (null for a failed replication). */
export type ValuesByRow = (Map<string, MetricValue> | null)[][];

/** Each set-up's replication values of a row, null where a replication failed or lacks it. */
function columnOf(values: ValuesByRow, columns: MetricColumns): MetricValue[][] {
  const id = rowId(columns);
  return values.map((reps) => reps.map((r) => (r === null ? null : (r.get(id) ?? null))));
}

/** Each set-up's replications' values by row id. */
export function valuesByRow(outputs: readonly (readonly (ReplicationOutput | null)[])[]): ValuesByRow {
  return outputs.map((reps) =>
    reps.map((o) => (o === null ? null : new Map(o.values.map((v) => [rowId(v), v.value])))),
  );
}

/**
 * The experiment's ranking: set-ups by the objective (profit per day unless named) in its good
 * direction, those keeping every constraint first, with paired intervals between neighbours and
 * to the best, and marks for set-ups worse on every shown figure or dominated.
 */
export function rankExperiment(
  experiment: Experiment,
  names: readonly string[],
  values: ValuesByRow,
  shown: readonly MetricColumns[],
): Ranking {
  const objectiveColumns = selectorColumns(experiment.objective.metric);
  const direction = experiment.objective.direction ?? MEASURES[objectiveColumns.measure].direction;
  if (direction === "neutral") throw new RangeError("an objective needs a direction (higher or lower is better)");
  const constraints = experiment.constraints.map((c) => ({
    ...selectorColumns(c.metric),
    atMost: c.atMost ?? null,
    atLeast: c.atLeast ?? null,
  }));
  const figures: ShownFigure[] = shown.map((c) => ({
    id: rowId(c),
    direction: MEASURES[c.measure].direction,
    values: columnOf(values, c),
  }));
  const ranked = rankSetUps({
    objective: { id: rowId(objectiveColumns), direction, values: columnOf(values, objectiveColumns) },
    constraints: constraints.map((c, i) => ({
      id: String(i),
      values: columnOf(values, c),
      ...(c.atMost === null ? {} : { atMost: c.atMost }),
      ...(c.atLeast === null ? {} : { atLeast: c.atLeast }),
    })),
    shown: figures,
    setUps: names.length,
  });
  return {
    objective: { ...objectiveColumns, direction },
    constraints,
    entries: ranked.map((r) => ({
      setUp: names[r.setUp]!,
      rank: r.rank,
      objective: r.objective,
      breaks: r.breaks.map(Number),
      uncertain: r.uncertain.map(Number),
      behindPrevious: r.behindPrevious,
      behindBest: r.behindBest,
      tiedWithBest: r.tiedWithBest,
      worseOnEveryFigureThan: r.worseOnEveryFigureThan === null ? null : names[r.worseOnEveryFigureThan]!,
      dominatedBy: r.dominatedBy === null ? null : names[r.dominatedBy]!,
    })),
  };
}

/** The paired differences of the shown figures for every two set-ups (a before b in set-up order). */
export function setUpPairs(
  names: readonly string[],
  values: ValuesByRow,
  shown: readonly MetricColumns[],
): SetUpPair[] {
  const columns = shown.map((c) => ({ c, values: columnOf(values, c) }));
  const pairs: SetUpPair[] = [];
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) {
      pairs.push({
        a: names[a]!,
        b: names[b]!,
        differences: columns.map(({ c, values: v }) => ({ ...c, difference: pairedDifference(v[a]!, v[b]!) })),
      });
    }
  }
  return pairs;
}
