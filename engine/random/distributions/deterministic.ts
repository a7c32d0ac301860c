import { z } from "zod";
import { toSeconds } from "../../time/index.js";
import { describedValue, type ValueField } from "./valueField.js";
import type { Sampler } from "./sampler.js";

/** The words of this family, wherever a choice or a text names it. */
export const DETERMINISTIC_WORDS = { deterministic: { ru: "Постоянное", en: "Fixed value" } } as const;

export const deterministicSchema = (value: ValueField) =>
  z.strictObject({
    kind: z.literal("deterministic").meta({ options: DETERMINISTIC_WORDS }),
    value: describedValue(value, "The one value, always the same", {
      label: "Значение",
      what: "Одно значение, всегда одно и то же",
    }),
  });

export function deterministic(input: z.infer<ReturnType<typeof deterministicSchema>>): Sampler {
  const value = toSeconds(input.value);
  return { kind: "deterministic", mean: value, variance: 0, quantile: () => value, lengthBiasedQuantile: () => value };
}
