export { staffingSchema, type Staffing } from "./staffingSchema.js";
export { erlangStaff } from "./erlangStart.js";
export {
  optimiseStaffing,
  METHOD,
  meetsTargets,
  type TargetCheck,
  type Evaluate,
  type StaffingResult,
  type PoolPlan,
  type IntervalPlan,
} from "./optimiseStaffing.js";
export {
  optimiseShifts,
  SHIFT_METHOD,
  type ShiftStaffingResult,
  type ShiftPoolPlan,
  type ShiftDayPlan,
  type RosterCost,
  type OvertimeCost,
} from "./optimiseShifts.js";
export { shiftRuleSchema, type ShiftRule } from "./shiftRulesSchema.js";
export {
  shiftPatterns,
  rosterMembers,
  patternLabel,
  patternHours,
  covers,
  type ShiftPattern,
} from "./shiftPatterns.js";
export { coverShortfall, bestPattern } from "./coverShortfall.js";
