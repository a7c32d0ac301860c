import { z } from "zod";
import type { SelectionPolicy } from "./selectionPolicy.js";

export const roundRobinSchema = z.strictObject({
  kind: z.literal("round-robin").meta({ options: { "round-robin": { ru: "По кругу", en: "Round robin" } } }),
});

/** Agents take contacts in turn, by their order in the pool, skipping those not idle. */
export function roundRobin(poolSize: number): SelectionPolicy {
  let last = poolSize - 1;
  return {
    choose(idle) {
      let best = 0;
      let bestDistance = Infinity;
      for (let i = 0; i < idle.length; i++) {
        const distance = (idle[i]!.indexInPool - last - 1 + 2 * poolSize) % poolSize;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = i;
        }
      }
      last = idle[best]!.indexInPool;
      return best;
    },
  };
}
