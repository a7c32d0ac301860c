import type { FittedKind } from "../results/index.js";

export type { FamilyFit, FittedKind } from "../results/index.js";

/** A fit before its criterion and distance are added: with its CDF, for the KS distance. */
export interface RawFit {
  kind: FittedKind;
  parameters: Record<string, number>;
  intervals: Record<string, [number, number] | null>;
  method: string;
  logLikelihood: number;
  parameterCount: number;
  cdf: (x: number) => number;
}
