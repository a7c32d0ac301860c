import { z } from "zod";
import { durationField } from "../../time/index.js";
import { deterministic, deterministicSchema } from "./deterministic.js";
import { empirical, empiricalSchema } from "./empirical.js";
import { exponential, exponentialSchema } from "./exponential.js";
import { gamma, gammaSchema } from "./gamma.js";
import { lognormal, lognormalSchema } from "./lognormal.js";
import type { Sampler } from "./sampler.js";
import { triangular, triangularSchema } from "./triangular.js";
import { uniform, uniformSchema } from "./uniform.js";
import type { ValueField } from "./valueField.js";

/** The union of every distribution kind, its values stated by `value`. */
function distributionOf(value: ValueField) {
  return z.discriminatedUnion("kind", [
    exponentialSchema(value),
    deterministicSchema(value),
    lognormalSchema(value),
    gammaSchema(value),
    uniformSchema(value),
    triangularSchema(value),
    empiricalSchema(value),
  ]);
}

/** Every distribution of durations a scenario can name, chosen by its `kind`. */
export const distributionSchema = distributionOf(durationField).meta({
  description: "A distribution of durations, chosen by kind.",
  ru: { label: "Распределение времени", description: "Распределение длительностей; вид задаётся полем `kind`." },
});

/**
 * The largest money amount of one deal, wage per hour or fine: a trillion, so that the sums of a
 * run (at most about 1e8 contacts in a replication) stay far inside the range of numbers.
 */
export const MAX_AMOUNT = 1e12;

/** Every distribution of money amounts (plain numbers in the scenario currency). */
export const amountDistributionSchema = distributionOf(
  z
    .number()
    .nonnegative()
    .max(MAX_AMOUNT)
    .meta({
      description: "an amount in the scenario currency.",
      ru: { label: "Сумма", description: "сумма в валюте сценария." },
    }),
).meta({
  description: "A distribution of money amounts in the scenario currency (at most 1e12), chosen by kind.",
  ru: {
    label: "Распределение суммы",
    description: "Распределение денежных сумм в валюте сценария (не больше 1e12); вид задаётся полем `kind`.",
  },
});

export type DistributionInput = z.infer<typeof distributionSchema>;

const FACTORIES: { [K in DistributionInput["kind"]]: (input: Extract<DistributionInput, { kind: K }>) => Sampler } = {
  exponential,
  deterministic,
  lognormal,
  gamma,
  uniform,
  triangular,
  empirical,
};

/** Builds the sampler a scenario's distribution (of durations or of amounts) names. */
export function createSampler(input: DistributionInput): Sampler {
  const factory = FACTORIES[input.kind] as (i: DistributionInput) => Sampler;
  return factory(input);
}
