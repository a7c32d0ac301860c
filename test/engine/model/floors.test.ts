import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { valueOf } from "../../../engine/results/index.js";

const run = (s: Scenario) =>
  runReplication(buildModel({ ...s, trace: { replication: 1, maxEvents: 1_000_000, from: "start" } }), "fl", 1);

function withChanges(change: (s: any) => void): Scenario {
  const base = JSON.parse(JSON.stringify(company()));
  change(base);
  return parseScenario(base);
}

describe("the cashier step", () => {
  const scenario = withChanges((s) => {
    s.pools.push({ name: "cashiers", department: "retail", staff: [{ name: "Kira", role: "cashier" }] });
    s.segments[0].deal.cashier = { pool: "cashiers", time: { kind: "lognormal", mean: "90 s", cv: 0.5 } };
  });

  it("sends every visit that ends in a deal to pay at the cashier, without counting it as a contact", () => {
    const out = run(scenario);
    const t = out.trace!;
    const channel = new Map(t.contacts.map(([id, , c, seg]) => [id, `${c}/${seg}`]));
    const deals = t.events.filter(([, what, id]) => what === "deal" && channel.get(id) === "walk-in/retail").length;
    const pays = t.events.filter(([, what]) => what === "pay").length;
    expect(deals).toBeGreaterThan(20);
    expect(pays).toBe(deals);
    const v = out.values;
    expect(valueOf(v, { scope: "payments", subject: "cashiers", measure: "arrivals" }) as number).toBeGreaterThan(0);
    expect(
      valueOf(v, { scope: "payments", subject: "cashiers", measure: "meanWait" }) as number,
    ).toBeGreaterThanOrEqual(0);
    expect(
      valueOf(v, {
        scope: "person",
        subject: "Kira",
        pool: "cashiers",
        measure: "share",
        breakdown: { kind: "state", value: "serving" },
      }) as number,
    ).toBeGreaterThan(0);
    expect(valueOf(v, { scope: "pool", subject: "cashiers", measure: "arrivals" })).toBe(0);
  });
});

describe("walking between floors", () => {
  const scenario = withChanges((s) => {
    s.walking = { betweenFloors: { kind: "deterministic", value: "1 min" } };
    s.routing = s.routing.map((r: any) => (r.match.channel === "walk-in" ? { ...r, pool: "operators" } : r));
  });

  it("an operator from floor 2 walks down to a walk-in and back, serving nobody meanwhile", () => {
    const out = run(scenario);
    const t = out.trace!;
    const channel = new Map(t.contacts.map(([id, , c]) => [id, c]));
    const walkStart = new Map<number, number>();
    let checked = 0;
    for (const [time, what, id] of t.events) {
      if (what === "walk") walkStart.set(id, time);
      if (what === "answer" && channel.get(id) === "walk-in") {
        expect(walkStart.has(id)).toBe(true);
        expect(time - walkStart.get(id)!).toBeCloseTo(60, 9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(
      valueOf(out.values, {
        scope: "person",
        subject: "Olga",
        pool: "operators",
        measure: "share",
        breakdown: { kind: "state", value: "walking" },
      }) as number,
    ).toBeGreaterThan(0);
  });

  it("nobody walks when walking is not configured", () => {
    const out = run(
      withChanges(
        (s) =>
          (s.routing = s.routing.map((r: any) => (r.match.channel === "walk-in" ? { ...r, pool: "operators" } : r))),
      ),
    );
    expect(out.trace!.events.some(([, what]) => what === "walk")).toBe(false);
  });
});
