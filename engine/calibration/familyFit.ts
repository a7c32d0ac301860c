/** The kinds of distribution fitted: the continuous families the scenario language offers. */
export type FittedKind = "exponential" | "lognormal" | "gamma" | "uniform" | "triangular";

/** One family fitted to a sample by maximum likelihood. */
export interface FamilyFit {
  kind: FittedKind;
  /** The family's parameters as a scenario states them (exponential: mean; lognormal, gamma: mean, cv; ...). */
  parameters: Record<string, number>;
  /** An interval per parameter at the report's confidence, or null where none is given. */
  intervals: Record<string, [number, number] | null>;
  /** How the parameters and their intervals were found. */
  method: string;
  logLikelihood: number;
  /** Free parameters, for the criteria. */
  parameterCount: number;
  /** Akaike's information criterion, 2k - 2 ln L (shown). */
  aic: number;
  /** The Bayesian (Schwarz) information criterion, k ln n - 2 ln L: the smallest is chosen. */
  bic: number;
  /** Kolmogorov-Smirnov distance: the largest gap between the sample's and the fitted CDF. */
  ks: number;
}

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
