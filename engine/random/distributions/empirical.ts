import { z } from "zod";
import { toSeconds } from "../../time/index.js";
import type { ValueField } from "./valueField.js";
import type { Sampler } from "./sampler.js";

export const empiricalSchema = (value: ValueField) =>
  z.strictObject({
    kind: z.literal("empirical").meta({ options: { empirical: { ru: "По наблюдениям", en: "From observed values" } } }),
    values: z
      .array(value)
      .min(1)
      .meta({
        description:
          "Observed values (in the unit of the field: seconds or text with units for times, scenario currency for money); each is drawn with its weight.",
        ru: {
          label: "Наблюдённые значения",
          description:
            "Наблюдённые значения (в единицах поля: для времени — секунды или текст с единицами, для денег — валюта сценария); каждое выпадает со своим весом.",
        },
      }),
    weights: z
      .array(z.number().nonnegative().finite())
      .optional()
      .meta({
        description: "Relative weights, one per value, in any unit (equal when left out).",
        ru: {
          label: "Веса",
          description: "Относительные веса, по одному на значение, в любых единицах (если не заданы — равные).",
        },
      }),
  });

/** A discrete distribution over observed values, drawn with their weights. */
export function empirical(input: z.infer<ReturnType<typeof empiricalSchema>>): Sampler {
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
  const variance = values.reduce((s, v, i) => s + ((v - mean) * (v - mean) * weights[i]!) / total, 0);
  const biasedWeights = values.map((v, i) => v * weights[i]!);
  const biasedTotal = biasedWeights.reduce((s, w) => s + w, 0);
  const biasedCumulative: number[] = [];
  acc = 0;
  for (const w of biasedWeights) biasedCumulative.push((acc += biasedTotal > 0 ? w / biasedTotal : 0));
  const pick = (cdf: number[], u: number): number => {
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
  return {
    kind: "empirical",
    mean,
    variance,
    quantile: (u) => pick(cumulative, u),
    lengthBiasedQuantile: (u) => (biasedTotal > 0 ? pick(biasedCumulative, u) : 0),
  };
}
