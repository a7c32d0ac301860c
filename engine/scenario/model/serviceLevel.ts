import type { ModelSpec } from "../../model/index.js";
import { toSeconds } from "../../time/index.js";
import type { Scenario } from "../schema/index.js";

/** The scenario's service-level thresholds in seconds, ascending and without repeats. */
export function serviceLevelThresholds(s: Scenario): number[] {
  return [...new Set(s.serviceLevel.thresholds.map(toSeconds))].sort((a, b) => a - b);
}

/** The service-level section: thresholds, and the target the "needed" staff aims at. */
export function serviceLevelModel(s: Scenario): Pick<ModelSpec, "thresholdsSeconds" | "serviceTarget"> {
  const target = s.serviceLevel.target;
  return {
    thresholdsSeconds: serviceLevelThresholds(s),
    serviceTarget: target === undefined ? null : { share: target.share, withinSeconds: toSeconds(target.within) },
  };
}
