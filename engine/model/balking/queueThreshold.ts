import { z } from "zod";
import type { BalkingPolicy } from "./balkingPolicy.js";

export const queueThresholdSchema = z.strictObject({
  kind: z
    .literal("queue-threshold")
    .meta({ options: { "queue-threshold": { ru: "Порог очереди", en: "Queue threshold" } } }),
  waiting: z
    .int()
    .min(0)
    .meta({
      description: "Clients waiting at or above which this client balks.",
      ru: {
        label: "Порог очереди",
        description: "Сколько ожидающих клиентов (или больше) заставляет клиента уйти сразу.",
      },
    }),
  probability: z
    .number()
    .min(0)
    .max(1)
    .default(1)
    .meta({
      description: "Chance of balking at or above the threshold.",
      ru: { label: "Вероятность ухода", description: "Вероятность (0-1) уйти сразу, когда очередь не меньше порога." },
    }),
});

/** Balks with a fixed probability once the queue seen reaches a threshold. */
export function queueThreshold(p: z.output<typeof queueThresholdSchema>): BalkingPolicy {
  return { probability: (waiting) => (waiting >= p.waiting ? p.probability : 0) };
}
