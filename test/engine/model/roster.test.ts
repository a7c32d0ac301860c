import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { valueOf } from "../../../engine/results/index.js";

describe("a roster of staff per time of day", () => {
  const scenario = () => {
    const d = JSON.parse(JSON.stringify(company()));
    d.pools[1].staff = {
      byInterval: { "09:00": 1, "11:00": 3, "14:00": 2, "16:00": 3, "18:00": 0 },
      role: "consultant",
      hourlyCost: 400,
    };
    d.trace = { replication: 1, maxEvents: 1_000_000, from: "start" };
    return parseScenario(d);
  };

  it("keeps exactly as many on duty as the roster says at each time of day", () => {
    const spec = buildModel(scenario());
    const staff = spec.pools[1]!.staff;
    expect(staff.map((s) => s.name)).toEqual(["consultants 1", "consultants 2", "consultants 3"]);
    expect(staff[0]!.roster!.mon).toEqual([[9 * 3600, 18 * 3600]]);
    expect(staff[1]!.roster!.mon).toEqual([[11 * 3600, 18 * 3600]]);
    expect(staff[2]!.roster!.mon).toEqual([
      [11 * 3600, 14 * 3600],
      [16 * 3600, 18 * 3600],
    ]);
    const out = runReplication(spec, "r", 1);
    const v = out.values;
    expect(valueOf(v, { scope: "interval", clock: "09:00", measure: "meanStaffed" })).toBeGreaterThan(0);
    // Each roster member answers only inside its stretches (or in the overtime after closing at 18:00).
    const t = out.trace!;
    const agentIndex = (name: string) => t.agents.indexOf(name);
    const third = agentIndex("consultants 3");
    for (const [time, what, , agent] of t.events) {
      if (what !== "answer" || agent !== third) continue;
      const hour = (time % 86400) / 3600;
      expect((hour >= 11 && hour <= 14) || hour >= 16, `answer at ${hour}`).toBe(true);
    }
    expect(valueOf(v, { scope: "role", subject: "consultant", measure: "staff" })).toBe(3);
  });
});
