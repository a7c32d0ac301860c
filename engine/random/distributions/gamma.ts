import { gammaln } from "simple-statistics";
import { z } from "zod";
import { toSeconds } from "../../time/index.js";
import { describedValue, type ValueField } from "./valueField.js";
import { gammaQuantile } from "../../stats/gammaQuantile.js";
import { coefficientOfVariation } from "./coefficientOfVariation.js";
import type { Sampler } from "./sampler.js";

export const gammaSchema = (value: ValueField) =>
  z.strictObject({
    kind: z.literal("gamma").meta({ options: { gamma: { ru: "Гамма", en: "Gamma" } } }),
    mean: describedValue(value, "The mean (average) of the values drawn", {
      label: "Среднее",
      what: "Среднее значение разыгрываемых величин",
    }),
    cv: coefficientOfVariation(),
  });

/** Gamma given by its mean and coefficient of variation (shape = 1 / cv²). */
export function gamma(input: z.infer<ReturnType<typeof gammaSchema>>): Sampler {
  const mean = toSeconds(input.mean);
  const shape = 1 / (input.cv * input.cv);
  const scale = mean / shape;
  // ln Γ of both shapes once, instead of at every Newton step of every draw.
  const lnG = gammaln(shape);
  const lnGBiased = gammaln(shape + 1);
  return {
    kind: "gamma",
    mean,
    variance: shape * scale * scale,
    quantile: (u) => scale * gammaQuantile(u, shape, lnG),
    lengthBiasedQuantile: (u) => scale * gammaQuantile(u, shape + 1, lnGBiased),
  };
}
