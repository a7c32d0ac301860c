export { staffingSchema, type Staffing } from "./staffingSchema.js";
export { erlangStaff } from "./erlangStart.js";
export {
  optimiseStaffing,
  METHOD,
  type Evaluate,
  type StaffingResult,
  type PoolPlan,
  type IntervalPlan,
} from "./optimiseStaffing.js";
