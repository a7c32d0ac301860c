export { runScenario, runScenarioWith, assembleResults, type RunOptions } from "./runScenario.js";
export { runReplication, ReplicationError, type ReplicationOutput } from "./runReplication.js";
export { summarise } from "./summarise.js";
