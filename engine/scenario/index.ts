export { scenarioSchema, type Scenario, type ScenarioInput } from "./schema/index.js";
export { parseScenario, describeZodIssues } from "./parseScenario.js";
export { buildModel, serviceLevelThresholds } from "./buildModel.js";
export { canonicalJson } from "./canonicalJson.js";
export { ScenarioError, type ScenarioIssue } from "./scenarioError.js";
export { streamName } from "./streamName.js";
export {
  variantSchema,
  changeSchema,
  applyChanges,
  applyVariant,
  parsePath,
  type Variant,
  type Change,
  type PathStep,
} from "./variants/index.js";
export { checkReferences } from "./references.js";
export { formatPath, showFound } from "./scenarioError.js";
export { staffingGaps, describeStaffingGap, type StaffingGap } from "./staffingGaps.js";
export { isPrototypeKey, PROTOTYPE_KEYS } from "./prototypeKeys.js";
