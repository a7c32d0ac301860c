/**
 * The calibration report's types and version: defined once, as the zod schema of the results
 * contract (engine/results/calibrationSchema.ts), which the viewer reads the file with.
 */
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
