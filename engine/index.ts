/** Clientflow's public API: everything notebooks and tools may use. */
export { ENGINE_VERSION } from "./version.js";
export * from "./core/index.js";
export * from "./random/index.js";
export * from "./time/index.js";
export * from "./arrivals/index.js";
export * from "./stats/index.js";
export * from "./metrics/index.js";
export * from "./model/index.js";
export * from "./scenario/index.js";
export * from "./run/index.js";
export * from "./results/index.js";
export * from "./analytic/index.js";
export * from "./erlang/index.js";
export * from "./experiment/index.js";
export * from "./staffing/index.js";
