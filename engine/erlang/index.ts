export { validateErlangRequest, defaultWarmupCustomers, type ErlangRequest } from "./erlangRequest.js";
export { erlangScenario } from "./erlangScenario.js";
export { erlangReport, type ErlangReport, type SimulatedValue } from "./erlangReport.js";
export { hasSteadyState, noSteadyStateWarning, offeredLoad, withoutSteadyState } from "./steadyState.js";
