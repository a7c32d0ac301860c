import type { HandoverSpec } from "../../model/index.js";
import type { Scenario } from "../schema/index.js";
import type { ScenarioNames } from "./names.js";

/** The handover section: when a client won by one department moves to the segment's owner. */
export function handoverModel(s: Scenario, names: ScenarioNames): HandoverSpec | null {
  const h = s.handover;
  if (h === undefined) return null;
  return {
    department: names.resolve("department", h.department, "handover.department"),
    afterDeal: h.afterDeal,
    representativeValue: h.representativeValue ?? Infinity,
  };
}
