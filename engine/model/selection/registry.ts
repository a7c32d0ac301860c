import { z } from "zod";
import { DEFAULT_WORKLOAD_TOLERANCE, leastWorkload, leastWorkloadSchema } from "./leastWorkload.js";
import { longestIdle, longestIdleSchema } from "./longestIdle.js";
import { ownManagerFirst, ownManagerFirstSchema } from "./ownManagerFirst.js";
import { roundRobin, roundRobinSchema } from "./roundRobin.js";
import type { SelectionPolicy } from "./selectionPolicy.js";

const basicSelection = z.discriminatedUnion("kind", [leastWorkloadSchema, longestIdleSchema, roundRobinSchema]);

/** Every selection policy a pool can name, chosen by `kind`. */
export const selectionSchema = z
  .discriminatedUnion("kind", [
    leastWorkloadSchema,
    longestIdleSchema,
    roundRobinSchema,
    ownManagerFirstSchema(basicSelection.default({ kind: "least-workload", tolerance: DEFAULT_WORKLOAD_TOLERANCE })),
  ])
  .meta({
    description: "How an arriving contact picks among idle agents.",
    ru: {
      label: "Выбор сотрудника",
      description:
        "Как обращение выбирает среди свободных сотрудников группы (например, наименьшая загрузка, по кругу, свой менеджер первым).",
    },
  });

export type SelectionInput = z.output<typeof selectionSchema>;

/** Builds a fresh policy (with its own rotation state) for a pool of `poolSize` agents. */
export function createSelectionPolicy(input: SelectionInput, poolSize: number): SelectionPolicy {
  switch (input.kind) {
    case "least-workload":
      return leastWorkload(poolSize, input);
    case "longest-idle":
      return longestIdle();
    case "round-robin":
      return roundRobin(poolSize);
    case "own-manager-first":
      return ownManagerFirst(createSelectionPolicy(input.otherwise, poolSize));
  }
}
