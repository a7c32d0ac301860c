import type {
  CalibrationReport,
  DifferenceRow,
  ExperimentFile,
  MetricColumns,
  MetricRowData,
  Observation,
  RankingData,
  RowIndex,
  ScenarioDefinition,
  SetUpPairData,
  StaffingFile,
  TraceDataOfFile,
} from "../../engine/results/index.js";

/** One scenario as run: the only one of a run file, or one set-up of an experiment. */
export interface SetUp {
  name: string;
  /** "sha256:…" of the scenario as run. */
  hash: string;
  description: string;
  definition: ScenarioDefinition;
  observation: Observation;
  /** The file's rows of this set-up, in the file's order. */
  metrics: MetricRowData[];
  /** The same rows, found by their columns. */
  rows: RowIndex<MetricRowData>;
}

/** A results file as the viewer uses it, whatever its kind. */
export interface Results {
  kind: "run" | "experiment" | "staffing" | "calibration";
  /** Scenario name (run, calibration) or experiment name. */
  title: string;
  seed: string;
  replications: number;
  engineVersion: string;
  /** Currency code of the scenario (e.g. "RUB"). */
  currency: string;
  /** The base (or the only scenario) first; empty for a staffing plan. */
  setUps: SetUp[];
  /** Paired differences from the base, per set-up name, found by the row's columns (experiments only). */
  differences: Record<string, RowIndex<DifferenceRow>> | null;
  /** Per set-up, how many times narrower the paired intervals are than independent ones (experiments only). */
  narrowing: Record<string, number | null> | null;
  /** Replications that failed (experiments only; the others were paired without them). */
  failures: { setUp: string; replication: number; seed: string; message: string }[];
  /** The answer to "which set-up is best": objective, constraints, set-ups best first (experiments of format 2 with a ranking only). */
  ranking: RankingData | null;
  /** Paired differences of the shown figures between every two set-ups (experiments with a ranking only). */
  pairs: SetUpPairData[] | null;
  /** The set-ups ranked again under each sensitivity case of the experiment (experiments that have them only). */
  sensitivity: NonNullable<ExperimentFile["sensitivity"]> | null;
  /** Rows the experiment asked to show first (experiments only). */
  shownMetrics: MetricColumns[] | null;
  /** The event trace of one replication (run files with --trace only). */
  trace: TraceDataOfFile | null;
  /** The rosters found by `clientflow staff` (staffing files only). */
  plan: StaffingPlan | null;
  /** What `clientflow calibrate --report` measured in a company's records (calibration reports only). */
  calibration: CalibrationReport | null;
}

/** What `clientflow staff` found: per pool and interval, staff against the Erlang C start. */
export interface StaffingPlan {
  mode: string;
  method: string;
  pools: StaffingFile["pools"];
  check: StaffingFile["check"];
}
