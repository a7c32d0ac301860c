export { comparisonView } from "./comparisonView.js";
export { controlView } from "./controlView.js";
export { flowView } from "./flowView.js";
export { staffingView } from "./staffingView.js";
export { storyView } from "./storyView.js";
export { timelineView } from "./timelineView.js";
export { timeOfDayView } from "./timeOfDayView.js";
export { waitsView } from "./waitsView.js";
