export {
  RESULTS_FILE_LIMIT_BYTES,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type RunResults,
  type MetricSummary,
  type TraceData,
} from "./resultsFile.js";
export { metricRange, boundInterval, type MetricRange } from "./metricRange.js";
