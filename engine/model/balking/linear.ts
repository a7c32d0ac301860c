import { z } from "zod";
import type { BalkingPolicy } from "./balkingPolicy.js";

export const linearBalkingSchema = z.strictObject({
  kind: z
    .literal("linear")
    .meta({ options: { linear: { ru: "Растёт с длиной очереди", en: "Grows with the queue" } } }),
  perWaiting: z
    .number()
    .min(0)
    .max(1)
    .meta({
      description: "Chance of balking added by each client seen waiting.",
      ru: {
        label: "Прибавка за каждого в очереди",
        description: "На сколько (0-1) растёт вероятность уйти сразу за каждого клиента, которого он видит в очереди.",
      },
    }),
});

/** Balks with probability min(1, perWaiting × clients seen waiting). */
export function linearBalking(p: z.output<typeof linearBalkingSchema>): BalkingPolicy {
  return { probability: (waiting) => Math.min(1, p.perWaiting * waiting) };
}
