import { z } from "zod";
import type { SelectionPolicy } from "./selectionPolicy.js";

export const leastWorkloadSchema = z.strictObject({
  kind: z.literal("least-workload"),
  tolerance: z.number().min(0).max(1).default(0.005).meta({
    description: "Workload shares closer than this count as a tie (0.005 = half a percentage point).",
  }),
});

/**
 * The agent with the lowest actual workload takes the contact: the share of time on shift so
 * far (breaks excluded) spent serving or in wrap-up. Ties go to the agent idle the longest,
 * then to the next in a rotation, so that nobody is favoured by position in a list.
 */
export function leastWorkload(poolSize: number, params: z.output<typeof leastWorkloadSchema>): SelectionPolicy {
  let rotation = 0;
  return {
    choose(idle, now) {
      let best = 0;
      let bestShare = idle[0]!.workloadShare(now);
      for (let i = 1; i < idle.length; i++) {
        const agent = idle[i]!;
        const share = agent.workloadShare(now);
        const current = idle[best]!;
        if (share < bestShare - params.tolerance) {
          best = i;
          bestShare = share;
        } else if (Math.abs(share - bestShare) <= params.tolerance) {
          if (
            agent.idleSince < current.idleSince ||
            (agent.idleSince === current.idleSince &&
              (agent.indexInPool - rotation + poolSize) % poolSize <
                (current.indexInPool - rotation + poolSize) % poolSize)
          ) {
            best = i;
            bestShare = Math.min(bestShare, share);
          }
        }
      }
      rotation = (idle[best]!.indexInPool + 1) % poolSize;
      return best;
    },
  };
}
