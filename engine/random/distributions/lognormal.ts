import { z } from "zod";
import { toSeconds } from "../../time/index.js";
import { describedValue, type ValueField } from "./valueField.js";
import { normalQuantile } from "../normalQuantile.js";
import { coefficientOfVariation } from "./coefficientOfVariation.js";
import type { Sampler } from "./sampler.js";

/** The words of this family, wherever a choice or a text names it. */
export const LOGNORMAL_WORDS = { lognormal: { ru: "Логнормальное", en: "Log-normal" } } as const;

export const lognormalSchema = (value: ValueField) =>
  z.strictObject({
    kind: z.literal("lognormal").meta({ options: LOGNORMAL_WORDS }),
    mean: describedValue(value, "The mean (average) of the values drawn", {
      label: "Среднее",
      what: "Среднее значение разыгрываемых величин",
    }),
    cv: coefficientOfVariation(),
  });

/** Lognormal given by its mean and coefficient of variation (not by mu and sigma). */
export function lognormal(input: z.infer<ReturnType<typeof lognormalSchema>>): Sampler {
  const mean = toSeconds(input.mean);
  const sigma2 = Math.log(1 + input.cv * input.cv);
  const sigma = Math.sqrt(sigma2);
  const mu = Math.log(mean) - sigma2 / 2;
  return {
    kind: "lognormal",
    mean,
    variance: input.cv * mean * (input.cv * mean),
    quantile: (u) => (u <= 0 ? 0 : Math.exp(mu + sigma * normalQuantile(u))),
    lengthBiasedQuantile: (u) => (u <= 0 ? 0 : Math.exp(mu + sigma2 + sigma * normalQuantile(u))),
  };
}
