import { describe, expect, it } from "vitest";
import { valueOf } from "../../../engine/results/index.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";

/**
 * One agent on a shift, clients always waiting (a one-place queue refilled at once), each served
 * in exactly one hour: the agent is always in the middle of a client when the shift ends.
 */
function oneAgent(shiftEnd: string, calendar: object = { openingHours: "always" }, overtimeFactor?: number) {
  return parseScenario({
    name: "overtime",
    calendar: { days: 8, warmupDays: 1, intervalMinutes: 60, ...calendar },
    segments: [{ name: "all" }],
    channels: [{ name: "walk-in" }],
    arrivals: [
      { channel: "walk-in", segment: "all", ratePerHour: 600, serviceTime: { kind: "deterministic", value: "1 h" } },
    ],
    pools: [
      {
        name: "desk",
        staff: [{ name: "Olga", hourlyCost: 400, shift: { start: "09:00", end: shiftEnd } }],
        queue: { capacity: 1 },
      },
    ],
    routing: [{ pool: "desk" }],
    ...(overtimeFactor === undefined ? {} : { money: { overtimeFactor } }),
  });
}

describe("overtime", () => {
  it("is the half hour a person keeps serving after a 11:30 shift end, every day, paid at 1.5 x the rate by default", () => {
    const v = runReplication(buildModel(oneAgent("11:30")), "ot", 1).values;
    const days = valueOf(v, { scope: "window", measure: "days" })!;
    expect(days).toBe(7);
    // Starts at 09:00 (a client is waiting), serves 09-10, 10-11, 11-12: 30 minutes past 11:30.
    const hours = valueOf(v, { scope: "pool", subject: "desk", measure: "overtimeHours" })!;
    expect(hours).toBeCloseTo(0.5 * days, 9);
    expect(valueOf(v, { scope: "pool", subject: "desk", measure: "overtimeHoursPerDay" })).toBeCloseTo(0.5, 9);
    expect(valueOf(v, { scope: "pool", subject: "desk", measure: "overtimeCost" })).toBeCloseTo(
      0.5 * days * 400 * 1.5,
      6,
    );
    expect(valueOf(v, { scope: "money", measure: "overtimeCostPerDay" })).toBeCloseTo(0.5 * 400 * 1.5, 6);
  });

  it("is paid at the scenario's overtime factor", () => {
    const v = runReplication(buildModel(oneAgent("11:30", { openingHours: "always" }, 2)), "ot", 1).values;
    expect(valueOf(v, { scope: "money", measure: "overtimeCostPerDay" })).toBeCloseTo(0.5 * 400 * 2, 6);
  });

  it("counts a whole client started at the very second the shift ends (releases run before shift ends)", () => {
    const v = runReplication(buildModel(oneAgent("10:00")), "ot", 1).values;
    // 09:00-10:00 ends at 10:00; the agent, not yet leaving, takes the next client until 11:00.
    expect(valueOf(v, { scope: "money", measure: "overtimeHours" })).toBeCloseTo(7, 9);
  });

  it("is at most the client in hand when the closing policy sends the waiting clients away, and more when they are served", () => {
    const calendar = (atClosing: string) => ({
      openingHours: Object.fromEntries(
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, { open: "09:00", close: "11:30" }]),
      ),
      atClosing,
    });
    const lose = runReplication(buildModel(oneAgent("11:30", calendar("lose-waiting"))), "ot", 1).values;
    const serve = runReplication(buildModel(oneAgent("11:30", calendar("serve-waiting"))), "ot", 1).values;
    const perDay = (v: typeof lose) => valueOf(v, { scope: "pool", subject: "desk", measure: "overtimeHoursPerDay" })!;
    expect(perDay(lose)).toBeGreaterThan(0);
    expect(perDay(lose)).toBeLessThan(1);
    expect(perDay(serve)).toBeGreaterThan(perDay(lose));
  });
});
