import { z } from "zod";
import { deterministic, deterministicSchema } from "./deterministic.js";
import { empirical, empiricalSchema } from "./empirical.js";
import { exponential, exponentialSchema } from "./exponential.js";
import { gamma, gammaSchema } from "./gamma.js";
import { lognormal, lognormalSchema } from "./lognormal.js";
import type { Sampler } from "./sampler.js";
import { triangular, triangularSchema } from "./triangular.js";
import { uniform, uniformSchema } from "./uniform.js";

/** Every distribution a scenario can name, chosen by its `kind`. */
export const distributionSchema = z
  .discriminatedUnion("kind", [
    exponentialSchema,
    deterministicSchema,
    lognormalSchema,
    gammaSchema,
    uniformSchema,
    triangularSchema,
    empiricalSchema,
  ])
  .meta({ description: "A distribution of durations, chosen by kind." });

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

/** Builds the sampler a scenario's distribution names. */
export function createSampler(input: DistributionInput): Sampler {
  const factory = FACTORIES[input.kind] as (i: DistributionInput) => Sampler;
  return factory(input);
}
