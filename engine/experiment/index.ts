export { experimentSchema, type Experiment, type ExperimentInput } from "./experimentSchema.js";
export { expandExperiment, MAX_SWEEP_NAME, sweepName, type SetUp } from "./expandExperiment.js";
export { independentDifference, pairedDifference, type Difference } from "./pairedComparison.js";
export { differenceOf } from "./differenceOf.js";
export {
  runExperiment,
  defaultShownMetrics,
  type ExperimentResults,
  type DifferenceRow,
  type ExperimentSetUpResult,
  type ExperimentInputs,
  type Executor,
  type ReplicationTask,
} from "./runExperiment.js";
