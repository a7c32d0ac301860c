export { Histogram, histogramBin } from "./histogram.js";
export { ContactTally, OUTCOMES, OUTCOME, prepareEnd, type Outcome, type PreparedEnd } from "./contactTally.js";
export { IntervalTimeAverage } from "./intervalTimeAverage.js";
export { writeTallyValues, WAIT_QUANTILES, type MetricValue } from "./tallyValues.js";
