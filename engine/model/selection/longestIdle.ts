import { z } from "zod";
import type { SelectionPolicy } from "./selectionPolicy.js";

export const longestIdleSchema = z.strictObject({
  kind: z
    .literal("longest-idle")
    .meta({ options: { "longest-idle": { ru: "Дольше всех свободный", en: "Longest idle" } } }),
});

/** The agent idle the longest takes the contact (ties: who became idle first). */
export function longestIdle(): SelectionPolicy {
  return { choose: () => 0 };
}
