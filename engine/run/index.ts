export { runScenario, runScenarioWith, assembleResults, type RunOptions } from "./runScenario.js";
export { runReplication, ReplicationError, type ReplicationOutput } from "./runReplication.js";
export { summarise } from "./summarise.js";
export {
  estimateRun,
  runSizeProblem,
  resultsBytes,
  countMetricKeys,
  MAX_ARRIVALS_PER_REPLICATION,
  type RunEstimate,
} from "./estimateRun.js";
