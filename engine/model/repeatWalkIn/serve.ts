import type { RepeatWalkInPolicy } from "./repeatWalkInPolicy.js";

/** (b) Retail serves the client itself, like any walk-in. */
export function serve(): RepeatWalkInPolicy {
  return {
    arrive: () => false,
    answer: () => false,
    agentFree: () => false,
  };
}
