import { gammaln } from "simple-statistics";
import { z } from "zod";
import { gammaQuantile } from "../../stats/gammaQuantile.js";
import { toSeconds } from "../../time/index.js";
import { describedValue, type ValueField } from "./valueField.js";
import type { Sampler } from "./sampler.js";

/** The words of this family, wherever a choice or a text names it. */
export const EXPONENTIAL_WORDS = { exponential: { ru: "Экспоненциальное", en: "Exponential" } } as const;

export const exponentialSchema = (value: ValueField) =>
  z.strictObject({
    kind: z.literal("exponential").meta({ options: EXPONENTIAL_WORDS }),
    mean: describedValue(value, "The mean (average) of the values drawn", {
      label: "Среднее",
      what: "Среднее значение разыгрываемых величин",
    }),
  });

/** ln Γ(2) as the gamma quantile computes it (the length-biased exponential is a gamma of shape 2). */
const LN_GAMMA_2 = gammaln(2);

export function exponential(input: z.infer<ReturnType<typeof exponentialSchema>>): Sampler {
  const mean = toSeconds(input.mean);
  return {
    kind: "exponential",
    mean,
    variance: mean * mean,
    quantile: (u) => -mean * Math.log(1 - u),
    lengthBiasedQuantile: (u) => mean * gammaQuantile(u, 2, LN_GAMMA_2),
  };
}
