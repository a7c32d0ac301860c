import type { Agent } from "../agent.js";

/**
 * Chooses which idle agent of a pool takes an arriving contact. Policies never break ties at
 * random: every tie has a stated rule, so runs are reproducible.
 */
export interface SelectionPolicy {
  /**
   * Index into `idle` (non-empty, in the order agents became idle) of the agent chosen for a
   * client whose own manager has agent id `ownManager` (-1: none).
   */
  choose(idle: readonly Agent[], now: number, ownManager: number): number;
}
