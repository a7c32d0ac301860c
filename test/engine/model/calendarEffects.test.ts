import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { valueOf } from "../../../engine/results/index.js";

const run = (s: Scenario) =>
  runReplication(buildModel({ ...s, trace: { replication: 1, maxEvents: 2_000_000, from: "start" } }), "cal", 1);

function withChanges(change: (s: any) => void): Scenario {
  const base = JSON.parse(JSON.stringify(company()));
  change(base);
  return parseScenario(base);
}

describe("seasonality", () => {
  it("scales new clients' arrivals by the factor of the month", () => {
    const s = withChanges((d) => {
      d.calendar = { ...d.calendar, days: 120, warmupDays: 0, startMonth: "jan", monthFactors: { feb: 0, mar: 2 } };
      for (const g of d.segments) delete g.clientele;
    });
    const out = run(s);
    const perMonth = [0, 0, 0, 0];
    for (const [time, what] of out.trace!.events)
      if (what === "arrive") perMonth[Math.floor(time / 86400 / (365 / 12))]!++;
    expect(perMonth[1]).toBeLessThan(0.1 * perMonth[0]!);
    expect(perMonth[2]! / perMonth[0]!).toBeGreaterThan(1.6);
    expect(perMonth[2]! / perMonth[0]!).toBeLessThan(2.4);
  });
});

describe("calls while closed", () => {
  const night = (afterHours: "lost" | "next-opening") =>
    withChanges((d) => {
      d.channels[0].afterHours = afterHours;
      d.arrivals[0].afterHoursRatePerHour = 1;
    });

  it("are lost, and counted as such, on a channel whose after-hours calls are lost", () => {
    const out = run(night("lost"));
    expect(valueOf(out.values, { scope: "channel", subject: "call", measure: "closed" }) as number).toBeGreaterThan(20);
  });

  it("become callbacks at the next opening, which the caller does not abandon", () => {
    const out = run(night("next-opening"));
    expect(valueOf(out.values, { scope: "channel", subject: "call", measure: "closed" })).toBe(0);
    const t = out.trace!;
    const requested = t.events.filter(([, what]) => what === "callback-requested").length;
    expect(requested).toBeGreaterThan(20);
    const keys = new Map(t.contacts.map(([id, client]) => [id, client]));
    const callbacks = new Set([...keys.entries()].filter(([, k]) => k.includes(":after-hours#")).map(([id]) => id));
    expect(callbacks.size).toBeGreaterThan(10);
    for (const [time, what, id] of t.events) {
      if (!callbacks.has(id)) continue;
      expect(what).not.toBe("abandoned");
      if (what === "arrive") {
        const hour = (time % 86400) / 3600;
        expect(hour).toBeGreaterThanOrEqual(9);
        expect(hour).toBeLessThan(18);
      }
    }
  });
});
