import type { DepartmentSpec, OutboundSpec, PoolSpec, RouteSpec, SegmentSpec } from "../../model/index.js";
import { createSampler, cumulativeShares } from "../../random/index.js";
import { toSeconds } from "../../time/index.js";
import type { Scenario } from "../schema/index.js";
import type { ScenarioNames } from "./names.js";
import { staffModels } from "./staff.js";

type Pool = Scenario["pools"][number];

/** The departments section. */
export function departmentModels(s: Scenario): DepartmentSpec[] {
  return s.departments.map((d) => ({ name: d.name, floor: d.floor }));
}

/**
 * The pools section: staff, queue, selection, overflow, blending, outbound work and admin duties.
 * Whether a pool serves clients is known only once routing is: see `markPoolsServingClients`.
 */
export function poolModels(s: Scenario, names: ScenarioNames, departments: readonly DepartmentSpec[]): PoolSpec[] {
  return s.pools.map((p, i) => {
    const path = `pools[${i}]`;
    const department =
      p.department === undefined ? -1 : names.resolve("department", p.department, `${path}.department`);
    return {
      name: p.name,
      department,
      servesClients: false,
      floor: p.floor ?? (department >= 0 ? departments[department]!.floor : 1),
      staff: staffModels(p),
      selection: p.selection,
      capacity: p.queue.capacity ?? Infinity,
      wrapUp: p.wrapUp === undefined ? null : createSampler(p.wrapUp),
      merchandising: p.idleWork === "merchandising",
      overflow:
        p.overflow === undefined
          ? null
          : {
              pool: names.resolve("pool", p.overflow.pool, `${path}.overflow.pool`),
              afterWaitSeconds: p.overflow.afterWait === undefined ? Infinity : toSeconds(p.overflow.afterWait),
              whenWaiting: p.overflow.whenWaiting ?? Infinity,
            },
      helps: p.helps.map((h, j) => ({
        pool: names.resolve("pool", h.pool, `${path}.helps[${j}].pool`),
        whenWaiting: h.whenWaiting,
      })),
      outbound: p.outbound === undefined ? null : outboundModel(p.outbound, names, `${path}.outbound`),
      duties: p.duties === undefined ? null : dutiesModel(p.duties, names, `${path}.duties`),
    };
  });
}

/** A pool's outbound work: names to indices, shares to cumulative shares. */
function outboundModel(o: NonNullable<Pool["outbound"]>, names: ScenarioNames, path: string): OutboundSpec {
  const entries = Object.entries(o.segments).filter(([, share]) => share > 0);
  return {
    kind: o.kind,
    channel: names.resolve("channel", o.channel, `${path}.channel`),
    attempt: createSampler(o.attempt),
    answerProbability: o.answerProbability,
    segments: entries.map(([name]) => names.resolveKey("segment", name, `${path}.segments.${name}`)),
    cumulativeShares: cumulativeShares(entries.map(([, share]) => share)),
    leadProbability: o.leadProbability,
    leadTo: o.leadTo === undefined ? -1 : names.resolve("pool", o.leadTo, `${path}.leadTo`),
    leadChannel: o.leadChannel === undefined ? -1 : names.resolve("channel", o.leadChannel, `${path}.leadChannel`),
  };
}

function dutiesModel(d: NonNullable<Pool["duties"]>, names: ScenarioNames, path: string): PoolSpec["duties"] {
  return {
    departments: d.departments.map((x, j) => names.resolve("department", x, `${path}.departments[${j}]`)),
    approveOver: d.approveDealsOver?.value ?? Infinity,
    approvalTime: d.approveDealsOver ? createSampler(d.approveDealsOver.time) : null,
    clientWaitsForApproval: d.approveDealsOver?.clientWaits ?? false,
    complaintShare: d.complaints?.share ?? 0,
    complaintTime: d.complaints ? createSampler(d.complaints.time) : null,
  };
}

/**
 * Marks the pools whose staff serve clients' contacts (own managers come from these): targets of
 * a routing rule or of the repeat walk-in, except admin pools (duties) and cashier pools.
 */
export function markPoolsServingClients(
  pools: PoolSpec[],
  routes: readonly RouteSpec[],
  repeatTo: number,
  segments: readonly SegmentSpec[],
): void {
  const targets = new Set(routes.map((r) => r.pool));
  if (repeatTo >= 0) targets.add(repeatTo);
  const cashiers = new Set(segments.flatMap((g) => (g.deal?.cashier ? [g.deal.cashier.pool] : [])));
  pools.forEach((p, i) => {
    p.servesClients = targets.has(i) && p.duties === null && !cashiers.has(i);
  });
}
