export { experimentSchema, type Experiment, type ExperimentInput } from "./experimentSchema.js";
export { expandExperiment, MAX_SWEEP_NAME, sweepName, type SetUp } from "./expandExperiment.js";
export { expandSensitivity, type SensitivityCase } from "./expandSensitivity.js";
export { independentDifference, pairedDifference, type Difference } from "./pairedComparison.js";
export { differenceOf } from "./differenceOf.js";
export {
  runExperiment,
  defaultShownMetrics,
  type ExperimentResults,
  type DifferenceRow,
  type ExperimentSetUpResult,
  type ExperimentInputs,
  type SensitivityInputs,
  runScenarios,
  type Executor,
  type ReplicationTask,
} from "./runExperiment.js";
