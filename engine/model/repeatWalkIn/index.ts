export { createRepeatWalkInPolicy } from "./registry.js";
export { FineBook, FINE, FINE_REASONS } from "./fineBook.js";
export { reactionFactor } from "./reactionFactor.js";
export type { RepeatWalkInContext, RepeatWalkInPolicy, RepeatWalkInWorld } from "./repeatWalkInPolicy.js";
