import { z } from "zod";
import { durationField, toSeconds } from "../../time/index.js";
import { gammaQuantile } from "../../stats/gammaQuantile.js";
import type { Sampler } from "./sampler.js";

export const gammaSchema = z.strictObject({
  kind: z.literal("gamma"),
  mean: durationField,
  cv: z.number().positive().finite().meta({ description: "Coefficient of variation: standard deviation / mean." }),
});

/** Gamma given by its mean and coefficient of variation (shape = 1 / cv²). */
export function gamma(input: z.infer<typeof gammaSchema>): Sampler {
  const mean = toSeconds(input.mean);
  const shape = 1 / (input.cv * input.cv);
  const scale = mean / shape;
  return {
    kind: "gamma",
    mean,
    variance: shape * scale * scale,
    quantile: (u) => scale * gammaQuantile(u, shape),
  };
}
