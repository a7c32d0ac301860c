export { RESULTS_FILE_LIMIT_BYTES, type RunResults, type TraceData } from "./resultsFile.js";
export { RESULTS_FORMAT, RESULTS_VERSION } from "./resultsVersion.js";
export {
  MEASURES,
  MEASURE_NAMES,
  measureInfo,
  isMeasure,
  type Measure,
  type MeasureInfo,
  type Unit,
  type Direction,
  type MetricRange,
  type BreakdownKind,
} from "./measures.js";
export {
  SCOPES,
  columnsOf,
  rowId,
  pickColumns,
  type Scope,
  type Breakdown,
  type MetricColumns,
  type Place,
  type MetricValue,
  type ReplicationRow,
  type MetricSummary,
  type MetricRow,
} from "./metricRow.js";
export { matches, rowsWhere, rowOf, selectorColumns, RowIndex, type Selector, type RowFilter } from "./selectRows.js";
export { metricOf, valueOf, sumWhere, type HasRows } from "./metricOf.js";
export { MetricWriter } from "./metricWriter.js";
export { rowLabel, measureLabel, type LabelLanguage } from "./rowLabel.js";
export { pluralCount } from "./pluralCount.js";
export { metricRange, boundInterval } from "./metricRange.js";
export {
  PROTOTYPE_KEYS,
  ownKeysOnly,
  amount,
  metricSummary,
  metricColumns,
  metricSelector,
  metricRow,
  runFile,
  experimentFile,
  staffingFile,
  LARGEST_NUMBER,
  SMALLEST_NUMBER,
  MAX_DAYS,
  type RunFile,
  type ExperimentFile,
  type StaffingFile,
  type MetricRowData,
  type DifferenceRow,
  type Difference,
  type RankingData,
  type SetUpPairData,
  type ScenarioDefinition,
  type Observation,
} from "./resultsSchema.js";
export { type TraceData as TraceDataOfFile } from "./resultsSchema.js";
export {
  type PairedDifference,
  type Ranking,
  type RankingConstraint,
  type RankingEntry,
  type SetUpPair,
  type SensitivityRanking,
} from "./ranking.js";
export { verdictText, type VerdictInput } from "./verdictText.js";
export { NameLabels, NO_LABELS, type NamedKind } from "./nameLabels.js";
export { currencySymbol, formatDifference, formatNumber, formatValue, formatWithInterval } from "./formatByUnit.js";
export {
  CALIBRATION_FORMAT,
  CALIBRATION_VERSION,
  calibrationReport,
  type CalibrationReport,
  type SourceSummary,
  type BadRows,
  type ArrivalEstimate,
  type IntervalRate,
  type DayRate,
  type FitEstimate,
  type UnfittedEstimate,
  type PatienceEstimate,
  type DealEstimate,
  type WrittenChange,
} from "./calibrationSchema.js";
export {
  FITTED_KINDS,
  type FittedKind,
  type FamilyFit,
  type CdfPoint,
  type DistributionFit,
  type SurvivalPoint,
  type ExponentialPatience,
} from "./calibrationFits.js";
