import { z } from "zod";
import { toSeconds } from "../../time/index.js";
import { describedValue, type ValueField } from "./valueField.js";
import { normalQuantile } from "../normalQuantile.js";
import type { Sampler } from "./sampler.js";

export const lognormalSchema = (value: ValueField) =>
  z.strictObject({
    kind: z.literal("lognormal"),
    mean: describedValue(value, "The mean (average) of the values drawn", {
      label: "Среднее",
      what: "Среднее значение разыгрываемых величин",
    }),
    cv: z
      .number()
      .min(0.01)
      .max(10)
      .meta({
        description:
          "Coefficient of variation: standard deviation / mean, from 0.01 (use deterministic below) to 10 (beyond, the draws are no longer accurate).",
        ru: {
          label: "Коэффициент вариации",
          description:
            "Коэффициент вариации: стандартное отклонение / среднее, от 0.01 (меньше — берите `deterministic`) до 10 (больше — розыгрыш уже неточен).",
        },
        en: { label: "CV (coefficient of variation)" },
      }),
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
