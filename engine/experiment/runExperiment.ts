import { assembleResults, type ReplicationOutput } from "../run/index.js";
import { ScenarioError, type Change, type Scenario, type ScenarioIssue } from "../scenario/index.js";
import { ENGINE_VERSION } from "../version.js";
import {
  pickColumns,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  rowId,
  selectorColumns,
  type MetricColumns,
  type MetricValue,
  type ReplicationRow,
  type RunResults,
  type Ranking,
  type SetUpPair,
  type SensitivityRanking,
  type Scope,
  type Selector,
} from "../results/index.js";
import { pairedDifference, type Difference } from "./pairedComparison.js";
import { rankExperiment, setUpPairs, valuesByRow } from "./rankExperiment.js";
import { sensitivityResult } from "./sensitivityResult.js";
import type { Experiment } from "./experimentSchema.js";
import type { SetUp } from "./expandExperiment.js";

/** One replication to run: set-up index and replication number (1-based). */
export interface ReplicationTask {
  setUp: number;
  replication: number;
}

/** Runs one replication of one set-up; may run it elsewhere (a worker) and so returns a promise. */
export type Executor = (task: ReplicationTask) => Promise<ReplicationOutput>;

export interface ExperimentSetUpResult extends Omit<
  RunResults<Scenario>,
  "format" | "version" | "kind" | "engine" | "seed" | "replications" | "trace"
> {
  name: string;
  description: string;
}

export interface ExperimentResults {
  format: typeof RESULTS_FORMAT;
  version: typeof RESULTS_VERSION;
  kind: "experiment";
  engine: { name: "clientflow"; version: string };
  name: string;
  description: string;
  seed: string;
  replications: number;
  /** The key figures shown first (any row works), by their columns. */
  shownMetrics: MetricColumns[];
  /** The base first, then each variant and sweep point. */
  setUps: ExperimentSetUpResult[];
  /** Per set-up other than the base, per row (by its columns): the paired difference from the base. */
  differences: Record<string, DifferenceRow[]>;
  /**
   * Per set-up other than the base: the median over the shown metrics of (independent interval
   * width / paired interval width), how much common random numbers narrowed the intervals.
   */
  narrowing: Record<string, number | null>;
  /** The set-ups best first by the experiment's objective, with the paired step between neighbours. */
  ranking: Ranking;
  /** The paired differences of the shown figures between every two set-ups. */
  pairs: SetUpPair[];
  /** The set-ups ranked again under each sensitivity case, and whether the ranking holds. */
  sensitivity: SensitivityRanking[];
  /** Replications that failed: which set-up, replication and seed, and why. Others are kept. */
  failures: { setUp: string; replication: number; seed: string; scenarioHash: string; message: string }[];
}

/** The paired difference of a set-up from the base on one row, named by the row's columns. */
export interface DifferenceRow extends MetricColumns {
  difference: Difference | null;
}

export interface ExperimentInputs {
  experiment: Experiment;
  setUps: SetUp[];
  scenarios: Scenario[];
  hashes: string[];
  /** The sensitivity cases: each set-up's scenario again with the case's changes, in set-up order. */
  sensitivity?: SensitivityInputs[];
}

/** One sensitivity case, ready to run: every set-up's scenario with the case's changes, and its hash. */
export interface SensitivityInputs {
  name: string;
  description: string;
  changes: Change[];
  scenarios: Scenario[];
  hashes: string[];
}

/**
 * Every scenario an experiment runs, as the executor sees them: the set-ups first, then each
 * sensitivity case's set-ups (task `setUp` = set-ups x (case + 1) + set-up).
 */
export function runScenarios(inputs: ExperimentInputs): { scenarios: Scenario[]; hashes: string[] } {
  const cases = inputs.sensitivity ?? [];
  return {
    scenarios: [...inputs.scenarios, ...cases.flatMap((c) => c.scenarios)],
    hashes: [...inputs.hashes, ...cases.flatMap((c) => c.hashes)],
  };
}

/** The default key figures of a comparison table. */
export function defaultShownMetrics(scenario: Scenario): MetricColumns[] {
  const t = scenario.serviceLevel.thresholds[0]!;
  const shown: Selector[] = [
    { scope: "inbound", measure: "arrivalsPerDay" },
    { scope: "inbound", measure: "pAbandon" },
    { scope: "inbound", measure: "pBalk" },
    { scope: "inbound", measure: "meanWait" },
    { scope: "inbound", measure: "slServed", breakdown: { kind: "threshold", value: t } },
    { scope: "overall", measure: "occupancy" },
    { scope: "overall", measure: "dealsPerDay" },
    { scope: "overall", measure: "revenuePerDay" },
    { scope: "overall", measure: "lostRevenuePerDay" },
    { scope: "money", measure: "profitPerDay" },
  ];
  return shown.map(selectorColumns);
}

/** Scopes left out of the paired differences: per interval, per person, flows, staffing. */
const NOT_COMPARED: ReadonlySet<Scope> = new Set(["interval", "person", "flow", "staffing"]);

/**
 * The rows an experiment names that the base does not report, as problems with their place in
 * the experiment's `metrics` (none when every one is a row of `values`).
 */
export function unknownMetrics(shown: readonly MetricColumns[], values: readonly ReplicationRow[]): ScenarioIssue[] {
  const ids = new Set(values.map(rowId));
  return shown.flatMap((columns, i) =>
    ids.has(rowId(columns))
      ? []
      : [
          {
            path: `metrics[${i}]`,
            message:
              'a row the base reports (see engine/results/README.md), such as { "scope": "inbound", "measure": "pAbandon" }',
            found: JSON.stringify(columns),
          },
        ],
  );
}

/** The objective and constraint rows the base does not report, as problems with their place. */
function unknownRankingRows(experiment: Experiment, values: readonly ReplicationRow[]): ScenarioIssue[] {
  const ids = new Set(values.map(rowId));
  const named = [
    { path: "objective.metric", columns: selectorColumns(experiment.objective.metric) },
    ...experiment.constraints.map((c, i) => ({ path: `constraints[${i}].metric`, columns: selectorColumns(c.metric) })),
  ];
  return named
    .filter((n) => !ids.has(rowId(n.columns)))
    .map((n) => ({
      path: n.path,
      message: 'a row the base reports, such as { "scope": "money", "measure": "profitPerDay" }',
      found: JSON.stringify(n.columns),
    }));
}

/**
 * Runs every replication of every set-up (through `execute`, so on workers or in this thread),
 * then merges them in index order, so the results do not depend on how many ran at once.
 * Differences are taken for every metric but the per-interval and per-person ones. The metrics
 * the experiment names are checked against the keys of the base's first finished replication,
 * and the run stops there (a ScenarioError) when one is unknown. Objects keyed by set-up or metric names
 * have no prototype, so no name can reach one.
 */
export async function runExperiment(
  inputs: ExperimentInputs,
  execute: Executor,
  onProgress?: (done: number, total: number, setUpsDone: number) => void,
): Promise<ExperimentResults> {
  const { experiment, setUps, scenarios, hashes } = inputs;
  const cases = inputs.sensitivity ?? [];
  const all = runScenarios(inputs);
  const R = experiment.replications;
  const tasks: ReplicationTask[] = [];
  for (let s = 0; s < all.scenarios.length; s++) for (let r = 1; r <= R; r++) tasks.push({ setUp: s, replication: r });
  const outputs: (ReplicationOutput | null)[][] = all.scenarios.map(() => new Array(R).fill(null));
  /** A task's set-up name, with its sensitivity case when it is one. */
  const runName = (i: number): string => {
    const k = Math.floor(i / setUps.length);
    const name = setUps[i % setUps.length]!.name;
    return k === 0 ? name : `${name} (sensitivity "${cases[k - 1]!.name}")`;
  };
  const failures: ExperimentResults["failures"] = [];
  let done = 0;
  let setUpsDone = 0;
  const left = all.scenarios.map(() => R);
  const shown =
    experiment.metrics === undefined
      ? defaultShownMetrics(scenarios[0]!)
      : experiment.metrics.map((m) => selectorColumns(m as Selector));
  // The default key figures are shown when present; metrics the experiment names must exist.
  let shownChecked = false;
  const checkShown = (values: readonly ReplicationRow[]) => {
    if (shownChecked) return;
    shownChecked = true;
    const named = experiment.metrics === undefined ? [] : unknownMetrics(shown, values);
    const issues = [...named, ...unknownRankingRows(experiment, values)];
    if (issues.length > 0) throw new ScenarioError(`experiment "${experiment.name}"`, issues);
  };
  await Promise.all(
    tasks.map(async (task) => {
      let output: ReplicationOutput | undefined;
      try {
        output = await execute(task);
        outputs[task.setUp]![task.replication - 1] = output;
      } catch (e) {
        failures.push({
          setUp: runName(task.setUp),
          replication: task.replication,
          seed: experiment.seed,
          scenarioHash: all.hashes[task.setUp]!,
          message: e instanceof Error ? e.message : String(e),
        });
      }
      if (output !== undefined && task.setUp === 0) checkShown(output.values);
      if (--left[task.setUp]! === 0) setUpsDone++;
      onProgress?.(++done, tasks.length, setUpsDone);
    }),
  );
  failures.sort((a, b) => a.setUp.localeCompare(b.setUp) || a.replication - b.replication);
  const results = setUps.map((setUp, s) => {
    const complete = outputs[s]!.filter((o): o is ReplicationOutput => o !== null);
    const run = assembleResults(scenarios[s]!, { seed: experiment.seed, scenarioHash: hashes[s]! }, complete);
    return {
      name: setUp.name,
      description: setUp.description,
      scenario: run.scenario,
      observation: run.observation,
      metrics: run.metrics,
    };
  });
  const differences: ExperimentResults["differences"] = Object.create(null);
  const narrowing: ExperimentResults["narrowing"] = Object.create(null);
  const base = outputs[0]!;
  for (let s = 1; s < setUps.length; s++) {
    const mine = outputs[s]!;
    const rows = results[s]!.metrics.filter((row) => !NOT_COMPARED.has(row.scope));
    // Each replication's values by row, to pair replication r with replication r.
    const byRow = (o: ReplicationOutput | null) => new Map((o?.values ?? []).map((v) => [rowId(v), v.value]));
    const mineByRow = mine.map(byRow);
    const baseByRow = base.map(byRow);
    const diffs: DifferenceRow[] = [];
    const diffById = new Map<string, Difference | null>();
    for (const row of rows) {
      const id = rowId(row);
      // A failed replication drops out of both.
      const column = (list: Map<string, MetricValue>[]): MetricValue[] =>
        list.map((values, r) => (mine[r] === null || base[r] === null ? null : (values.get(id) ?? null)));
      const difference = pairedDifference(column(mineByRow), column(baseByRow));
      diffs.push({ ...pickColumns(row), difference });
      diffById.set(id, difference);
    }
    differences[setUps[s]!.name] = diffs;
    const ratios = shown
      .map((k) => diffById.get(rowId(k)))
      .filter((d): d is Difference => d !== null && d !== undefined && d.ci95[1] > d.ci95[0])
      .map((d) => (d.independentCi95[1] - d.independentCi95[0]) / (d.ci95[1] - d.ci95[0]))
      .sort((a, b) => a - b);
    narrowing[setUps[s]!.name] = ratios.length > 0 ? ratios[Math.floor(ratios.length / 2)]! : null;
  }
  const names = setUps.map((s) => s.name);
  const byRow = valuesByRow(outputs.slice(0, setUps.length));
  const ranking = rankExperiment(experiment, names, byRow, shown);
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    kind: "experiment",
    engine: { name: "clientflow", version: ENGINE_VERSION },
    name: experiment.name,
    description: experiment.description ?? "",
    seed: experiment.seed,
    replications: R,
    shownMetrics: shown,
    setUps: results,
    differences,
    narrowing,
    ranking,
    pairs: setUpPairs(names, byRow, shown),
    sensitivity: cases.map((c, k) => {
      const start = setUps.length * (k + 1);
      const values = valuesByRow(outputs.slice(start, start + setUps.length));
      return sensitivityResult(c, ranking, rankExperiment(experiment, names, values, shown));
    }),
    failures,
  };
}
