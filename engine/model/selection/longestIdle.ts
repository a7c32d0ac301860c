import { z } from "zod";
import type { SelectionPolicy } from "./selectionPolicy.js";

export const longestIdleSchema = z.strictObject({ kind: z.literal("longest-idle") });

/** The agent idle the longest takes the contact (ties: who became idle first). */
export function longestIdle(): SelectionPolicy {
  return { choose: () => 0 };
}
