import { birthDeathQueue } from "../analytic/index.js";
import type { Staffing } from "./staffingSchema.js";

/**
 * The Erlang staffing of one interval: the least agents n for which the M/M/n queue with the
 * interval's arrival rate and the pool's handling time meets every target it can judge
 * (slServed.<t>, slAnswered.<t>, meanWait, meanWaitServed, pWait, occupancy); other targets are
 * left to the simulation. Abandonment is ignored here, which errs on the generous side.
 */
export function erlangStaff(
  arrivalsPerSecond: number,
  handleSeconds: number,
  staffing: Staffing,
  pool?: string,
): number {
  const targets = staffing.targets.filter((t) => t.pool === undefined || t.pool === pool);
  if (!(arrivalsPerSecond > 0) || !(handleSeconds > 0)) return 0;
  const load = arrivalsPerSecond * handleSeconds;
  const thresholds = targets
    .map((t) => /^sl(?:Served|Answered)\.(\d+)$/.exec(t.metric))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  for (let n = Math.max(1, Math.floor(load)); n <= staffing.maxStaff; n++) {
    if (n <= load) continue;
    const q = birthDeathQueue({
      agents: n,
      arrivalRate: arrivalsPerSecond,
      meanServiceSeconds: handleSeconds,
      meanPatienceSeconds: Infinity,
      capacity: Infinity,
      thresholdsSeconds: thresholds,
    });
    if (q === null) continue;
    const value = (metric: string): number | undefined => {
      const sl = /^(sl(?:Served|Answered))\.(\d+)$/.exec(metric);
      if (sl) return (q[sl[1] as "slServed" | "slAnswered"] ?? {})[sl[2]!];
      return (q as Record<string, number | undefined>)[metric] as number | undefined;
    };
    const ok = targets.every((t) => {
      const v = value(t.metric);
      if (v === undefined || typeof v !== "number") return true;
      return (t.atLeast === undefined || v >= t.atLeast) && (t.atMost === undefined || v <= t.atMost);
    });
    if (ok) return n;
  }
  return staffing.maxStaff;
}
