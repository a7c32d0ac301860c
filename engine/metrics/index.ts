export { Histogram } from "./histogram.js";
export { ContactTally, OUTCOMES, type Outcome } from "./contactTally.js";
export { IntervalTimeAverage } from "./intervalTimeAverage.js";
export { writeTallyValues, WAIT_QUANTILES, type MetricValue } from "./tallyValues.js";
