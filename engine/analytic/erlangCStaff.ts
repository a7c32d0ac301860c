import { erlangC } from "./erlangC.js";

/**
 * Erlang C staffing: the least number of staff n (more than the load) for which an M/M/n queue
 * offered `loadErlangs` with mean handling time `handleSeconds` answers at least `share` of its
 * callers within `withinSeconds`: 1 - C(n, a) exp(-(n - a) t / h) >= share. Returns 0 for no
 * load, and `maxStaff` when even that many do not meet the target.
 */
export function erlangCStaff(
  loadErlangs: number,
  handleSeconds: number,
  withinSeconds: number,
  share: number,
  maxStaff = 10_000,
): number {
  if (!(share > 0 && share < 1)) throw new RangeError(`erlangCStaff requires a share in (0, 1), got ${share}`);
  if (!(handleSeconds > 0))
    throw new RangeError(`erlangCStaff requires a positive handling time, got ${handleSeconds}`);
  if (!(withinSeconds >= 0))
    throw new RangeError(`erlangCStaff requires a threshold of 0 s or more, got ${withinSeconds}`);
  if (!(loadErlangs > 0)) return 0;
  for (let n = Math.floor(loadErlangs) + 1; n <= maxStaff; n++) {
    const answered = 1 - erlangC(n, loadErlangs) * Math.exp((-(n - loadErlangs) * withinSeconds) / handleSeconds);
    if (answered >= share) return n;
  }
  return maxStaff;
}
