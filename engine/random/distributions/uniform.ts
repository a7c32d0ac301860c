import { z } from "zod";
import { toSeconds } from "../../time/index.js";
import { describedValue, type ValueField } from "./valueField.js";
import type { Sampler } from "./sampler.js";

export const uniformSchema = (value: ValueField) =>
  z.strictObject({
    kind: z.literal("uniform").meta({ options: { uniform: { ru: "Равномерное", en: "Uniform" } } }),
    min: describedValue(value, "The smallest value", { label: "Минимум", what: "Наименьшее значение" }),
    max: describedValue(value, "The largest value", { label: "Максимум", what: "Наибольшее значение" }),
  });

export function uniform(input: z.infer<ReturnType<typeof uniformSchema>>): Sampler {
  const min = toSeconds(input.min);
  const max = toSeconds(input.max);
  if (!(max >= min)) throw new RangeError(`uniform requires max >= min, found min ${min} s and max ${max} s`);
  return {
    kind: "uniform",
    mean: (min + max) / 2,
    variance: ((max - min) * (max - min)) / 12,
    quantile: (u) => min + (max - min) * u,
    lengthBiasedQuantile: (u) => Math.sqrt(min * min + u * (max * max - min * min)),
  };
}
