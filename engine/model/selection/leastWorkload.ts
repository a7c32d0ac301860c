import { z } from "zod";
import type { Agent } from "../agent.js";
import type { SelectionPolicy } from "./selectionPolicy.js";

/** Workload shares closer than this count as a tie, unless a pool's selection says otherwise. */
export const DEFAULT_WORKLOAD_TOLERANCE = 0.005;

/** The words of the least-workload rule, wherever a choice names it (the schema, routing). */
export const LEAST_WORKLOAD_WORDS = {
  "least-workload": { ru: "Наименее загруженный", en: "Least workload" },
} as const;

export const leastWorkloadSchema = z.strictObject({
  kind: z.literal("least-workload").meta({ options: LEAST_WORKLOAD_WORDS }),
  tolerance: z
    .number()
    .min(0)
    .max(1)
    .default(DEFAULT_WORKLOAD_TOLERANCE)
    .meta({
      description: "Workload shares closer than this count as a tie (0.005 = half a percentage point).",
      ru: {
        label: "Допуск равенства загрузки",
        description: "Доли загрузки, различающиеся меньше этого, считаются равными (0.005 — полпроцента).",
      },
    }),
});

/**
 * The agent with the lowest actual workload takes the contact: the share of time on shift so
 * far (breaks excluded) spent serving or in wrap-up. Ties go to the agent idle the longest,
 * then to the next in a rotation, so that nobody is favoured by position in a list.
 */
export function leastWorkload(poolSize: number, params: z.output<typeof leastWorkloadSchema>): SelectionPolicy {
  const choose = leastWorkloadChooser(poolSize, params.tolerance, (a) => a.indexInPool);
  return { choose };
}

/**
 * The least-workload choice among any agents (an idle list, the managers on shift upstairs,
 * a department's staff), with the tolerance and rotation above; `positionOf` places each agent
 * on a ring of `ringSize` places for the rotation (its place in its pool, or its agent id).
 * Returns the index in `agents` (non-empty) of the one chosen.
 */
export function leastWorkloadChooser(
  ringSize: number,
  tolerance: number,
  positionOf: (agent: Agent) => number,
): (agents: readonly Agent[], now: number) => number {
  let rotation = 0;
  return (agents, now) => {
    let best = 0;
    let bestShare = agents[0]!.workloadShare(now);
    for (let i = 1; i < agents.length; i++) {
      const agent = agents[i]!;
      const share = agent.workloadShare(now);
      const current = agents[best]!;
      if (share < bestShare - tolerance) {
        best = i;
        bestShare = share;
      } else if (Math.abs(share - bestShare) <= tolerance) {
        if (
          agent.idleSince < current.idleSince ||
          (agent.idleSince === current.idleSince &&
            (positionOf(agent) - rotation + ringSize) % ringSize <
              (positionOf(current) - rotation + ringSize) % ringSize)
        ) {
          best = i;
          bestShare = Math.min(bestShare, share);
        }
      }
    }
    rotation = (positionOf(agents[best]!) + 1) % ringSize;
    return best;
  };
}
