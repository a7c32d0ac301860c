import { z } from "zod";
import { durationField, toSeconds } from "../../time/index.js";
import type { Sampler } from "./sampler.js";

export const triangularSchema = z.strictObject({
  kind: z.literal("triangular"),
  min: durationField,
  mode: durationField,
  max: durationField,
});

export function triangular(input: z.infer<typeof triangularSchema>): Sampler {
  const a = toSeconds(input.min);
  const c = toSeconds(input.mode);
  const b = toSeconds(input.max);
  if (!(a <= c && c <= b && a < b)) {
    throw new RangeError(`triangular requires min <= mode <= max and min < max, found ${a}, ${c}, ${b} s`);
  }
  const split = (c - a) / (b - a);
  return {
    kind: "triangular",
    mean: (a + b + c) / 3,
    variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
    quantile: (u) => (u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c))),
  };
}
