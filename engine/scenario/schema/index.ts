export { scenarioSchema, type Scenario, type ScenarioInput, type PoolInput } from "./scenario.js";
