/**
 * Erlang B: the probability that an arrival finds all `agents` busy in a loss system offered
 * `offeredLoad` erlangs (arrival rate × mean service time). Holds for any service-time
 * distribution. Uses the stable recursion B(0) = 1, B(n) = aB(n-1) / (n + aB(n-1)).
 */
export function erlangB(agents: number, offeredLoad: number): number {
  if (!Number.isInteger(agents) || agents < 0)
    throw new RangeError(`erlangB requires a whole number of agents >= 0, got ${agents}`);
  if (!(offeredLoad >= 0)) throw new RangeError(`erlangB requires an offered load >= 0, got ${offeredLoad}`);
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (offeredLoad * b) / (n + offeredLoad * b);
  return b;
}
