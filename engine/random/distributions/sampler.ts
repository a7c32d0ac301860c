/**
 * A resolved probability distribution over durations (seconds) or amounts. Sampling is by
 * inverse transform: `quantile(u)` maps one uniform in [0, 1) to a value, so each draw uses
 * exactly one uniform and a client's draws stay fixed whatever the model does with them.
 */
export interface Sampler {
  readonly kind: string;
  /** Inverse CDF at u in [0, 1). */
  quantile(u: number): number;
  /** Exact mean. */
  readonly mean: number;
  /** Exact variance. */
  readonly variance: number;
  /**
   * Inverse CDF of the length-biased distribution (density x f(x) / mean): the length of the
   * interval that a random moment falls in. u × lengthBiasedQuantile(v) is then the exact time
   * to the next renewal seen from a random moment (the equilibrium residual).
   */
  lengthBiasedQuantile(u: number): number;
}
