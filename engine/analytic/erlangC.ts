import { erlangB } from "./erlangB.js";

/**
 * Erlang C: the probability that an arrival waits in an M/M/c queue with `agents` servers
 * offered `offeredLoad` erlangs; requires offeredLoad < agents (a stable queue).
 */
export function erlangC(agents: number, offeredLoad: number): number {
  if (!(offeredLoad < agents)) {
    throw new RangeError(
      `erlangC requires an offered load below the number of agents, got ${offeredLoad} erlangs for ${agents} agents`,
    );
  }
  const b = erlangB(agents, offeredLoad);
  const rho = offeredLoad / agents;
  return b / (1 - rho + rho * b);
}
