import { z } from "zod";
import { durationField, toSeconds } from "../../time/index.js";
import type { Sampler } from "./sampler.js";

export const empiricalSchema = z.strictObject({
  kind: z.literal("empirical"),
  values: z.array(durationField).min(1).meta({ description: "Observed values; each is drawn with its weight." }),
  weights: z
    .array(z.number().nonnegative().finite())
    .optional()
    .meta({ description: "Relative weights, one per value (equal when left out)." }),
});

/** A discrete distribution over observed values, drawn with their weights. */
export function empirical(input: z.infer<typeof empiricalSchema>): Sampler {
  const values = input.values.map(toSeconds);
  const weights = input.weights ?? values.map(() => 1);
  if (weights.length !== values.length) {
    throw new RangeError(
      `empirical requires one weight per value, found ${weights.length} weights for ${values.length} values`,
    );
  }
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError("empirical requires weights that add up to more than 0");
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  const mean = values.reduce((s, v, i) => s + (v * weights[i]!) / total, 0);
  const variance = values.reduce((s, v, i) => s + ((v - mean) ** 2 * weights[i]!) / total, 0);
  return {
    kind: "empirical",
    mean,
    variance,
    quantile: (u) => {
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (u < cumulative[mid]!) hi = mid;
        else lo = mid + 1;
      }
      return values[lo]!;
    },
  };
}
