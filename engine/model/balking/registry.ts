import { z } from "zod";
import type { BalkingPolicy } from "./balkingPolicy.js";
import { linearBalking, linearBalkingSchema } from "./linear.js";
import { queueThreshold, queueThresholdSchema } from "./queueThreshold.js";

/** Every balking rule an arrival stream can name, chosen by `kind`. */
export const balkingSchema = z.discriminatedUnion("kind", [queueThresholdSchema, linearBalkingSchema]).meta({
  description: "Whether a client who sees the queue walks away at once.",
  ru: { label: "Уход при виде очереди", description: "Уходит ли клиент сразу, увидев очередь." },
});

export type BalkingInput = z.output<typeof balkingSchema>;

export function createBalkingPolicy(input: BalkingInput): BalkingPolicy {
  switch (input.kind) {
    case "queue-threshold":
      return queueThreshold(input);
    case "linear":
      return linearBalking(input);
  }
}
