import { describe, expect, it } from "vitest";
import { birthDeathQueue } from "../../../engine/analytic/index.js";
import { staffingCsv } from "../../../engine/node/cli/staffCommand.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import type { ReplicationRow } from "../../../engine/results/index.js";
import { studentTQuantile } from "../../../engine/stats/index.js";
import { meetsTargets, optimiseStaffing, staffingSchema, type Evaluate } from "../../../engine/staffing/index.js";

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
      // On the mean alone, as the theory states the least staff.
      confidence: 0.5,
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
      // On the mean alone, as the theory states the least staff.
      confidence: 0.5,
    });
    const r = await optimiseStaffing(onePool(60), staffing, "s", inThread);
    const erlangA = exactStaff(60, (q) => q.pAbandon! <= 0.03);
    const staff = r.pools[0]!.intervals.map((i) => i.staff);
    const share = staff.filter((n) => n === erlangA).length / staff.length;
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});

describe("meetsTargets(targets, rows, pool, clock, { confidence })", () => {
  const targets = staffingSchema.parse({
    pools: ["agents"],
    targets: [
      { metric: "slServed.20", atLeast: 0.8 },
      { metric: "pAbandon", atMost: 0.05 },
    ],
  }).targets;
  const place = { scope: "poolInterval", subject: null, pool: "agents", channel: null, clock: "09:00" } as const;
  const rows = (sl: number, abandon: number): ReplicationRow[] => [
    { ...place, measure: "slServed", breakdown: { kind: "threshold", value: 20 }, value: sl },
    { ...place, measure: "pAbandon", breakdown: null, value: abandon },
  ];
  // Service level 0.80, 0.82, 0.84: mean 0.82, standard error 0.02 / sqrt(3).
  const reps = [rows(0.8, 0.01), rows(0.82, 0.01), rows(0.84, 0.01)];
  const se = 0.02 / Math.sqrt(3);

  it("judges by the mean alone at confidence 0.5 (the default)", () => {
    expect(meetsTargets(targets, reps, "agents", "09:00")).toBe(true);
    expect(meetsTargets(targets, reps, "agents", "09:00", { confidence: 0.5 })).toBe(true);
  });

  it("asks an atLeast target to hold by t standard errors: mean - t·se >= bound", () => {
    // 0.82 - t·se >= 0.8 while t <= 0.02 / se = sqrt(3) = 1.732: confidence 0.9 (t = 1.886 on 2 df) is too much.
    expect(studentTQuantile(0.8, 2) * se).toBeLessThan(0.02);
    expect(studentTQuantile(0.9, 2) * se).toBeGreaterThan(0.02);
    expect(meetsTargets(targets, reps, "agents", "09:00", { confidence: 0.8 })).toBe(true);
    expect(meetsTargets(targets, reps, "agents", "09:00", { confidence: 0.9 })).toBe(false);
  });

  it("asks an atMost target to hold by t standard errors: mean + t·se <= bound", () => {
    // Abandonment 0.03, 0.04, 0.05: mean 0.04, se 0.01 / sqrt(3); 0.04 + t·se <= 0.05 while t <= 1.732.
    const abandon = [rows(0.9, 0.03), rows(0.9, 0.04), rows(0.9, 0.05)];
    expect(meetsTargets(targets, abandon, "agents", "09:00", { confidence: 0.8 })).toBe(true);
    expect(meetsTargets(targets, abandon, "agents", "09:00", { confidence: 0.9 })).toBe(false);
  });

  it("rejects a confidence outside [0.5, 1)", () => {
    expect(() => meetsTargets(targets, reps, "agents", "09:00", { confidence: 0.4 })).toThrow(
      /confidence in \[0.5, 1\)/,
    );
    expect(() => meetsTargets(targets, reps, "agents", "09:00", { confidence: 1 })).toThrow(/confidence/);
  });
});

describe("the staffing search with a confidence margin, where the mean alone sits at the target", () => {
  // The simulation's rows, with each hour's service level replaced by the exact Erlang C value for
  // the staff on duty then plus a spread of -d, 0, +d over the replications: the mean is the
  // exact value and the standard error is known, so the answer is known too.
  const erlangC = (n: number) =>
    birthDeathQueue({
      agents: n,
      arrivalRate: 120 / 3600,
      meanServiceSeconds: 180,
      meanPatienceSeconds: Infinity,
      capacity: Infinity,
      thresholdsSeconds: [20],
    })?.slServed!["20"] ?? 0;
  const d = 0.01;
  const cache = new Map<string, ReplicationRow[]>();
  const base = onePool();
  const spec = buildModel({ ...base, reportPoolIntervals: true });
  const exact: Evaluate = async (scenario, seed, replications) => {
    const staff = scenario.pools[0]!.staff;
    const byInterval = typeof staff === "object" && !Array.isArray(staff) ? staff.byInterval : {};
    const onDuty = (clock: string) =>
      Object.entries(byInterval)
        .filter(([c]) => c <= clock)
        .sort(([a], [b]) => a.localeCompare(b))
        .at(-1)?.[1] ?? 7;
    return Array.from({ length: replications }, (_, r) => {
      const key = `${seed}|${r}`;
      if (!cache.has(key)) cache.set(key, runReplication(spec, seed, r + 1).values);
      const offset = d * ((r % 3) - 1);
      return cache
        .get(key)!
        .map((row) =>
          row.scope === "poolInterval" && row.measure === "slServed" && row.clock !== null
            ? { ...row, value: erlangC(onDuty(row.clock)) + offset }
            : row,
        );
    });
  };
  // Nine agents meet the target on the mean, just: the mean alone sits at it.
  const target = erlangC(9) - 1e-9;
  const search = (confidence: number) =>
    optimiseStaffing(
      base,
      staffingSchema.parse({
        pools: ["agents"],
        targets: [{ metric: "slServed.20", atLeast: target }],
        replications: 3,
        checkReplications: 6,
        confidence,
      }),
      "s",
      exact,
    );

  it("with confidence 0.5 (margin 0) stops at nine agents, as the search on the mean did", async () => {
    const r = await search(0.5);
    expect(r.pools[0]!.intervals.map((i) => i.staff)).toEqual(Array(24).fill(9));
    expect(r.check.intervalsMeetingTargets).toBe(24);
  });

  it("with confidence 0.9 adds the tenth agent to every hour, which clears the margin", async () => {
    // Nine: the mean is at the target and any margin fails; ten: erlangC(10) - t·se clears it.
    expect(erlangC(10) - studentTQuantile(0.9, 2) * (d / Math.sqrt(3))).toBeGreaterThan(target);
    const r = await search(0.9);
    expect(r.pools[0]!.intervals.map((i) => i.staff)).toEqual(Array(24).fill(10));
    expect(r.check.intervalsMeetingTargets).toBe(24);
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
