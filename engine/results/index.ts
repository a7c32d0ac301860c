export { RESULTS_FORMAT, RESULTS_VERSION, type RunResults, type MetricSummary, type TraceData } from "./resultsFile.js";
