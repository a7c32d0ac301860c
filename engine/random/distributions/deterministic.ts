import { z } from "zod";
import { durationField, toSeconds } from "../../time/index.js";
import type { Sampler } from "./sampler.js";

export const deterministicSchema = z.strictObject({
  kind: z.literal("deterministic"),
  value: durationField,
});

export function deterministic(input: z.infer<typeof deterministicSchema>): Sampler {
  const value = toSeconds(input.value);
  return { kind: "deterministic", mean: value, variance: 0, quantile: () => value };
}
