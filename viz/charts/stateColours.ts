import type { TimelineState } from "../figures/index.js";

/** The colour of each drawn state of a person (work in warm colours, free time in light ones). */
export const STATE_COLOURS: Record<TimelineState, string> = {
  servingCall: "#1f77b4",
  servingVisit: "#2ca02c",
  servingOther: "#17becf",
  wrapUp: "#9467bd",
  walking: "#ff7f0e",
  merchandising: "#bcbd22",
  outbound: "#8c564b",
  idle: "#dddddd",
  onBreak: "#f7b6d2",
};
