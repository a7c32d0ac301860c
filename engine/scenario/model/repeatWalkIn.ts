import type { PoolSpec, RepeatWalkInSpec } from "../../model/modelSpec.js";
import { createSampler } from "../../random/index.js";
import { toSeconds } from "../../time/index.js";
import type { Scenario } from "../schema/index.js";
import type { ScenarioNames } from "./names.js";

type RepeatWalkIn = NonNullable<Scenario["repeatWalkIn"]>;

/** The pool a repeat walk-in is sent to (-1 when the scenario has no repeat walk-in rule). */
export function repeatWalkInTarget(s: Scenario, names: ScenarioNames): number {
  return s.repeatWalkIn === undefined ? -1 : names.resolve("pool", s.repeatWalkIn.to, "repeatWalkIn.to");
}

/**
 * The repeat walk-in section (rules 7 and 8) with the fine for lateness, which shortens the
 * summoned manager's reaction. Needs the pools marked as serving clients.
 */
export function repeatWalkInModel(
  s: Scenario,
  names: ScenarioNames,
  pools: readonly PoolSpec[],
): RepeatWalkInSpec | null {
  const r = s.repeatWalkIn;
  if (r === undefined) return null;
  const owner = names.resolve("department", r.owner, "repeatWalkIn.owner");
  const at = names.resolve("pool", r.at, "repeatWalkIn.at");
  const to = names.resolve("pool", r.to, "repeatWalkIn.to");
  return {
    owner,
    at,
    to,
    policy: r.policy,
    refuseUpstairs: r.refuseUpstairs,
    callTime: createSampler(r.callTime),
    limitSeconds: toSeconds(r.minutes),
    ownManagerFirst: r.manager === "own-manager-first",
    toByDepartment: repeatTargets(s, owner, at, to, pools),
    reaction: createSampler(r.reaction),
    lateFine: s.fines.lateManager,
    reactionMaxCut: r.reactionToFine.maxCut,
    reactionPayHours: r.reactionToFine.payHours,
    handOff: r.inHand === "hand-off",
    patience: r.patience === undefined ? null : createSampler(r.patience),
    busyCountsAsNotStarting: r.busyCountsAsNotStarting,
    overloadedNobodyFree: r.overloaded.nobodyFree,
    overloadedWaiting: r.overloaded.waitingAtLeast ?? Infinity,
    leaflet: leafletModel(r, names),
  };
}

function leafletModel(r: RepeatWalkIn, names: ScenarioNames): RepeatWalkInSpec["leaflet"] {
  if (r.leaflet === undefined) return null;
  return {
    share: r.leaflet.toOwnExtension,
    channel: names.resolve("channel", r.leaflet.channel, "repeatWalkIn.leaflet.channel"),
  };
}

/**
 * Per department, the pool that should serve its registered clients who walk into the repeat
 * walk-in's floor: `to` for its owner, else the department's first pool that serves clients;
 * -1 for the department of the walk-in floor's own pool and for departments without such a pool.
 */
function repeatTargets(s: Scenario, owner: number, at: number, to: number, pools: readonly PoolSpec[]): number[] {
  const atDepartment = pools[at]!.department;
  return s.departments.map((_, d) => {
    if (d === atDepartment) return -1;
    if (d === owner) return to;
    return pools.findIndex((p) => p.department === d && p.servesClients);
  });
}
