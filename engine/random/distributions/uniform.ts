import { z } from "zod";
import { durationField, toSeconds } from "../../time/index.js";
import type { Sampler } from "./sampler.js";

export const uniformSchema = z.strictObject({
  kind: z.literal("uniform"),
  min: durationField,
  max: durationField,
});

export function uniform(input: z.infer<typeof uniformSchema>): Sampler {
  const min = toSeconds(input.min);
  const max = toSeconds(input.max);
  if (!(max >= min)) throw new RangeError(`uniform requires max >= min, found min ${min} s and max ${max} s`);
  return {
    kind: "uniform",
    mean: (min + max) / 2,
    variance: (max - min) ** 2 / 12,
    quantile: (u) => min + (max - min) * u,
  };
}
