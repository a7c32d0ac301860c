import { z } from "zod";
import { durationField, toSeconds } from "../../time/index.js";
import type { Sampler } from "./sampler.js";

export const exponentialSchema = z.strictObject({
  kind: z.literal("exponential"),
  mean: durationField,
});

export function exponential(input: z.infer<typeof exponentialSchema>): Sampler {
  const mean = toSeconds(input.mean);
  return { kind: "exponential", mean, variance: mean * mean, quantile: (u) => -mean * Math.log(1 - u) };
}
