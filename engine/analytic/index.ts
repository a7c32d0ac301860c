export { erlangB } from "./erlangB.js";
export { erlangC } from "./erlangC.js";
export { erlangCStaff } from "./erlangCStaff.js";
export { birthDeathQueue, type BirthDeathInput } from "./birthDeathQueue.js";
export { pollaczekKhinchine } from "./pollaczekKhinchine.js";
export {
  analyticQueue,
  analyticModelCode,
  ANALYTIC_MODELS,
  type AnalyticModel,
  type SinglePoolQueue,
  type AnalyticAnswer,
} from "./analyticQueue.js";
export type { QueueMetrics } from "./queueMetrics.js";
