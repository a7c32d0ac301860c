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
}
