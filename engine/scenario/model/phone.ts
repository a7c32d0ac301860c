import type { ModelSpec } from "../../model/index.js";
import { createSampler } from "../../random/index.js";
import { toSeconds } from "../../time/index.js";
import type { Scenario } from "../schema/index.js";

/** The phone section: the public number's lines and transfers between extensions. */
export function phoneModel(s: Scenario): ModelSpec["phone"] {
  const phone = s.phone;
  return {
    lines: phone.lines ?? Infinity,
    transferTime: createSampler(phone.transfer.time),
    ringTimeoutSeconds: toSeconds(phone.transfer.ringTimeout),
  };
}
