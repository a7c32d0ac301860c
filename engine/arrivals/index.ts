export {
  buildWeeklyProfile,
  closedHoursProfile,
  expectedArrivalsPerDay,
  type RateSegment,
  type RateInput,
} from "./rateProfile.js";
export { PoissonArrivals } from "./poissonProcess.js";
