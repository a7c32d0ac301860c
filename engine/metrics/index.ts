export { Histogram, histogramBin } from "./histogram.js";
export {
  ContactTally,
  OUTCOMES,
  OUTCOME,
  LOSS_CAUSES,
  WAITING_LOSS,
  prepareEnd,
  emptyEnd,
  type Outcome,
  type LossCause,
  type PreparedEnd,
} from "./contactTally.js";
export { IntervalTimeAverage } from "./intervalTimeAverage.js";
export { writeTallyValues, WAIT_QUANTILES, type MetricValue } from "./tallyValues.js";
