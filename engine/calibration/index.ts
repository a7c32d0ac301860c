export { calibrate, type CalibrationInput, type CalibrationEstimates } from "./calibrate.js";
export { calibrationVariant, type VariantJson } from "./calibrationVariant.js";
// The report's types are the results contract's zod schema (engine/results/calibrationSchema.ts).
export {
  CALIBRATION_FORMAT,
  CALIBRATION_VERSION,
  type CalibrationReport,
  type SourceSummary,
  type FitEstimate,
  type PatienceEstimate,
  type DealEstimate,
  type WrittenChange,
} from "../results/index.js";
export { parseCsv, CalibrationInputError, type CsvTable } from "./csvTable.js";
export { columnMapSchema, emptyColumnMap, applyColumnFlags, type ColumnMap } from "./columnMap.js";
export { arrivalRates, observedDays, type ArrivalEstimate } from "./arrivalRates.js";
export { fitDistribution, type DistributionFit } from "./fitDistribution.js";
export { kaplanMeier, survivalMedian, type Observation, type SurvivalPoint } from "./kaplanMeier.js";
export { exponentialPatience } from "./exponentialPatience.js";
export { poissonInterval } from "./poissonInterval.js";
export { binomialInterval } from "./binomialInterval.js";
export { describeFit, round4 } from "./distributionJson.js";
