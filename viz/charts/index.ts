export { bandChart } from "./bandChart.js";
export { barChart, type BarOptions } from "./barChart.js";
export { cdfChart } from "./cdfChart.js";
export { comparisonChart } from "./comparisonChart.js";
export { heatmap } from "./heatmap.js";
export { sankeyChart } from "./sankeyChart.js";
export { STATE_COLOURS } from "./stateColours.js";
export { storyChart } from "./storyChart.js";
export { timelineChart } from "./timelineChart.js";
