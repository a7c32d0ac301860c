import { parseScenario, type Scenario } from "../../engine/scenario/index.js";

/**
 * Registered current-sales clients walking into retail (floor 1) while their managers sit on
 * floor 2, with options for the repeat walk-in rule and the traffic that keeps people busy.
 */
export function repeatWalkIns(o: {
  policy: "summon" | "escort" | "serve" | "send-upstairs";
  walkSeconds?: number;
  operators?: number;
  consultants?: number;
  retailPerHour?: number;
  callsPerHour?: number;
  busyCountsAsNotStarting?: boolean;
  refuseUpstairs?: number;
  manager?: "own-manager-first" | "least-workload";
  /** The operators' wrap-up after each client (none when not given). */
  operatorWrapUp?: object;
  /** More fields of the repeat walk-in rule (reaction, reactionToFine, inHand, patience...). */
  rule?: Record<string, unknown>;
  fines?: { lateManager: number; notStartedConsultant: number; notStartedManager: number };
}): Scenario {
  const named = (p: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ name: `${p}${i + 1}`, hourlyCost: 400 }));
  return parseScenario({
    name: "repeat walk-ins",
    calendar: { days: 6, warmupDays: 1, openingHours: "always" },
    departments: [
      { name: "current sales", floor: 2 },
      { name: "retail", floor: 1 },
    ],
    channels: [
      { name: "walk-in", kind: "visit", floor: 1 },
      { name: "call", kind: "phone" },
    ],
    segments: [
      {
        name: "wholesale",
        deal: { probability: 0.5, value: { kind: "deterministic", value: 1000 } },
        clientele: {
          owner: "current sales",
          initialClients: 200,
          returnInterval: { kind: "exponential", mean: "2 days" },
          channels: { "walk-in": 1 },
        },
      },
      { name: "retail", deal: { probability: 0.5, value: { kind: "deterministic", value: 100 } } },
    ],
    arrivals: [
      {
        channel: "walk-in",
        segment: "wholesale",
        ratePerHour: 0,
        serviceTime: { kind: "deterministic", value: "10 min" },
      },
      {
        channel: "walk-in",
        segment: "retail",
        ratePerHour: o.retailPerHour ?? 0,
        serviceTime: { kind: "exponential", mean: "20 min" },
      },
      {
        channel: "call",
        segment: "retail",
        ratePerHour: o.callsPerHour ?? 0,
        serviceTime: { kind: "exponential", mean: "20 min" },
      },
    ],
    pools: [
      {
        name: "operators",
        department: "current sales",
        staff: named("o", o.operators ?? 2),
        selection: { kind: "longest-idle" },
        ...(o.operatorWrapUp === undefined ? {} : { wrapUp: o.operatorWrapUp }),
      },
      {
        name: "consultants",
        department: "retail",
        staff: named("c", o.consultants ?? 2),
        selection: { kind: "longest-idle" },
      },
    ],
    routing: [
      { match: { channel: "walk-in" }, pool: "consultants" },
      { match: { channel: "call" }, pool: "operators" },
    ],
    walking: { betweenFloors: { kind: "deterministic", value: o.walkSeconds ?? 60 } },
    repeatWalkIn: {
      owner: "current sales",
      at: "consultants",
      to: "operators",
      policy: o.policy,
      minutes: "4 min",
      callTime: { kind: "deterministic", value: 30 },
      reaction: { kind: "deterministic", value: 20 },
      busyCountsAsNotStarting: o.busyCountsAsNotStarting ?? true,
      manager: o.manager ?? "own-manager-first",
      refuseUpstairs: o.refuseUpstairs ?? 0.3,
      ...o.rule,
    },
    fines: o.fines ?? { lateManager: 500, notStartedConsultant: 300, notStartedManager: 200 },
    trace: { replication: 1, maxEvents: 1_000_000, from: "start" },
  });
}
