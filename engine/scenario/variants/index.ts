export { variantSchema, changeSchema, type Variant, type Change } from "./variantSchema.js";
export { applyChanges } from "./applyChanges.js";
export { applyVariant } from "./applyVariant.js";
export { parsePath, type PathStep } from "./scenarioPath.js";
