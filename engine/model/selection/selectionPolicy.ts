import type { Agent } from "../agent.js";

/**
 * Chooses which idle agent of a pool takes an arriving contact. Policies never break ties at
 * random: every tie has a stated rule, so runs are reproducible.
 */
export interface SelectionPolicy {
  /** Index into `idle` (non-empty, in the order agents became idle) of the agent chosen. */
  choose(idle: readonly Agent[], now: number): number;
}
