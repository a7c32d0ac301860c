import { describe, expect, it } from "vitest";
import { birthDeathQueue } from "../../../engine/analytic/index.js";
import { staffingCsv } from "../../../engine/node/cli/staffCommand.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { optimiseStaffing, staffingSchema, type Evaluate } from "../../../engine/staffing/index.js";

const inThread: Evaluate = async (scenario: Scenario, seed: string, replications: number) => {
  const spec = buildModel(scenario);
  return Array.from({ length: replications }, (_, r) => runReplication(spec, seed, r + 1).values);
};

/** One pool open around the clock, constant arrivals: every hour is the same Erlang problem. */
const onePool = (patience?: number) =>
  parseScenario({
    name: "one pool",
    calendar: { days: 15, warmupDays: 1, openingHours: "always", intervalMinutes: 60 },
    segments: [{ name: "all" }],
    channels: [{ name: "call" }],
    arrivals: [
      {
        channel: "call",
        segment: "all",
        ratePerHour: 120,
        serviceTime: { kind: "exponential", mean: "3 min" },
        ...(patience === undefined ? {} : { patience: { kind: "exponential", mean: patience } }),
      },
    ],
    pools: [{ name: "agents", staff: 7, selection: { kind: "longest-idle" } }],
    routing: [{ pool: "agents" }],
  });

/** The least agents meeting a target by the exact birth-death model. */
function exactStaff(patience: number, ok: (q: NonNullable<ReturnType<typeof birthDeathQueue>>) => boolean): number {
  for (let n = 1; n < 50; n++) {
    const q = birthDeathQueue({
      agents: n,
      arrivalRate: 120 / 3600,
      meanServiceSeconds: 180,
      meanPatienceSeconds: patience,
      capacity: Infinity,
      thresholdsSeconds: [20],
    });
    if (q !== null && ok(q)) return n;
  }
  return -1;
}

describe("the staffing optimiser on one pool with constant rates", () => {
  it("agrees with Erlang C for a service-level target (80% within 20 s)", async () => {
    const staffing = staffingSchema.parse({
      pools: ["agents"],
      targets: [{ metric: "slServed.20", atLeast: 0.8 }],
      replications: 3,
      checkReplications: 6,
    });
    const r = await optimiseStaffing(onePool(), staffing, "s", inThread);
    const erlangC = exactStaff(Infinity, (q) => q.slServed!["20"]! >= 0.8);
    expect(erlangC).toBe(9);
    for (const i of r.pools[0]!.intervals) {
      expect(i.erlangStart).toBe(erlangC);
      expect(i.staff).toBe(erlangC);
    }
    // The re-check measures each hour on few days, so an hour or two may fall just short by noise.
    expect(r.check.intervalsMeetingTargets).toBeGreaterThanOrEqual(20);
  });

  it("agrees with Erlang A for an abandonment target, where simulation corrects the Erlang C start", async () => {
    const staffing = staffingSchema.parse({
      pools: ["agents"],
      targets: [{ metric: "pAbandon", atMost: 0.03 }],
      replications: 3,
      checkReplications: 6,
    });
    const r = await optimiseStaffing(onePool(60), staffing, "s", inThread);
    const erlangA = exactStaff(60, (q) => q.pAbandon! <= 0.03);
    const staff = r.pools[0]!.intervals.map((i) => i.staff);
    const share = staff.filter((n) => n === erlangA).length / staff.length;
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});

describe("staffingCsv", () => {
  it("writes one row per pool and interval with the targets' re-checked values", () => {
    const csv = staffingCsv(
      {
        mode: "targets",
        evaluations: 1,
        method: "",
        scenario: onePool(),
        check: { seed: "c", replications: 2, profitPerDay: null, intervalsMeetingTargets: 1, intervals: 1 },
        pools: [
          {
            pool: "agents",
            handleSeconds: 180,
            staffHoursPerDay: 1,
            wagesPerDay: 0,
            intervals: [
              {
                interval: "09:00",
                staff: 3,
                erlangStart: 2,
                arrivalsPerDay: 10,
                checked: { "slServed.20": 0.85 },
                meetsTargets: true,
              },
            ],
          },
        ],
      },
      ["slServed.20"],
    );
    expect(csv).toBe(
      "pool,interval,staff,erlang_start,arrivals_per_day,slServed.20,meets_targets\nagents,09:00,3,2,10.000,0.8500,yes\n",
    );
  });
});
