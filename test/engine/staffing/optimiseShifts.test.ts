import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { optimiseShifts, staffingSchema, type Evaluate } from "../../../engine/staffing/index.js";

const inThread: Evaluate = async (scenario: Scenario, seed: string, replications: number) => {
  const spec = buildModel(scenario);
  return Array.from({ length: replications }, (_, r) => runReplication(spec, seed, r + 1).values);
};

/** One pool open 09:00-19:00 every day with constant arrivals: Erlang C needs 9 agents all day. */
const onePool = () =>
  parseScenario({
    name: "one pool",
    calendar: {
      days: 22,
      warmupDays: 1,
      openingHours: Object.fromEntries(
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, { open: "09:00", close: "19:00" }]),
      ),
      atClosing: "lose-waiting",
    },
    segments: [{ name: "all" }],
    channels: [{ name: "call" }],
    arrivals: [
      { channel: "call", segment: "all", ratePerHour: 120, serviceTime: { kind: "exponential", mean: "3 min" } },
    ],
    pools: [{ name: "agents", staff: [{ name: "A", hourlyCost: 100 }], selection: { kind: "longest-idle" } }],
    routing: [{ pool: "agents" }],
  });

describe("optimiseShifts on one pool with a constant need", () => {
  it("gives whole full-day shifts, the same head count in every open half hour (no 2/3/2/3 alternation)", async () => {
    const staffing = staffingSchema.parse({
      pools: ["agents"],
      targets: [{ metric: "slServed.20", atLeast: 0.8 }],
      shifts: { agents: { starts: ["09:00"], minHours: 10, maxHours: 10 } },
      replications: 2,
      checkReplications: 3,
      maxRounds: 6,
      // On the mean alone: the bounds below are Erlang C's (a margin on 2 replications, t = 3.08, adds more).
      confidence: 0.5,
    });
    const r = await optimiseShifts(onePool(), staffing, "s", inThread);
    const pool = r.pools[0]!;
    for (const day of pool.days) {
      expect(day.shifts.map((s) => s.shift)).toEqual(["09:00-19:00"]);
      const open = day.intervals.filter((i) => i.interval >= "09:00" && i.interval < "19:00");
      expect(new Set(open.map((i) => i.recommended)).size).toBe(1);
      // Erlang C for 120 calls an hour of 3 minutes, 80% within 20 s: 9 agents; judging each weekday's
      // half hours on three days and few replications, the simulation may add one or two.
      expect(day.people).toBeGreaterThanOrEqual(9);
      expect(day.people).toBeLessThanOrEqual(11);
      expect(day.paidHours).toBe(10 * day.people);
      expect(day.current).toEqual({ people: 1, paidHours: 10, wages: 1000 });
    }
    expect(pool.roster.every((m) => m.shift!.start === "09:00" && m.shift!.end === "19:00")).toBe(true);
  }, 240_000);
});
