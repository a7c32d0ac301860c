export { allTables } from "./allTables.js";
export { control, controlTables, type ControlFigures, type Estimate } from "./control.js";
export { flow, flowTables, type FlowFigures, type FlowLink, type FlowNode, type Loss } from "./flow.js";
export { keyFigures, keyFiguresTable, type KeyFigure } from "./keyFigures.js";
export { ranking, type RankingFigures, type RankingRow } from "./ranking.js";
export { rankingStep, type RankingStep } from "./rankingStep.js";
export { staffingPlan, staffingPlanTables, type PlanCell, type PlanFigures } from "./staffingPlan.js";
export { staffing, staffingTable, type StaffingCell, type StaffingFigures } from "./staffing.js";
export {
  clientStory,
  contactLabel,
  eventLabel,
  storyClients,
  storyTable,
  type ClientStory,
  type StoryClient,
  type StoryContact,
} from "./story.js";
export { joinTables } from "./joinTables.js";
export { csvCell, tableToCsv, type Table } from "./table.js";
export {
  stateKey,
  timeline,
  timelineTable,
  traceDays,
  TIMELINE_STATES,
  type TimelineFigures,
  type TimelineState,
} from "./timeline.js";
export { timeOfDay, timeOfDayTable, type TimeOfDayFigures, type TimeOfDaySeries } from "./timeOfDay.js";
export { verdict } from "./verdict.js";
export { waits, waitsTable, type WaitCurve, type WaitFigures } from "./waits.js";
export {
  arrivalSeries,
  familyName,
  fitCurves,
  reportFits,
  streamName,
  survivalCurves,
  weekdayName,
  type FitCurves,
  type FitPoint,
} from "./calibration.js";
export { badRowReason, calibrationTables, fitParameters, significant } from "./calibrationTables.js";
export { overtime, overtimeTable, type OvertimeFigures } from "./overtime.js";
