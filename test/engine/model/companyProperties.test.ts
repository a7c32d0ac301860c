import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OUTCOMES } from "../../../engine/metrics/index.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { company, staffCompany } from "../../helpers/company.js";
import { type RowFilter, sumWhere, valueOf } from "../../../engine/results/index.js";

/** Random variations of the test company: staff, selection, lines, walking, overflow, blending, time-of-day routing. */
const variations = fc
  .record({
    operators: fc.integer({ min: 0, max: 3 }),
    consultants: fc.integer({ min: 1, max: 3 }),
    closers: fc.integer({ min: 0, max: 2 }),
    selection: fc.constantFrom("least-workload", "longest-idle", "round-robin", "own-manager-first"),
    lines: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    walking: fc.boolean(),
    walkInsUpstairs: fc.boolean(),
    overflow: fc.boolean(),
    blending: fc.boolean(),
    eveningRule: fc.boolean(),
    atClosing: fc.constantFrom("serve-waiting", "lose-waiting"),
  })
  .map((g): Scenario => {
    const d = JSON.parse(JSON.stringify(company()));
    d.calendar = { ...d.calendar, days: 4, warmupDays: 1, atClosing: g.atClosing };
    staffCompany(d, g);
    d.phone.lines = g.lines;
    if (g.walking) d.walking = { betweenFloors: { kind: "uniform", min: 30, max: 90 } };
    if (g.walkInsUpstairs)
      d.routing = d.routing.map((r: any) => (r.match.channel === "walk-in" ? { ...r, pool: "operators" } : r));
    if (g.overflow) d.pools[0].overflow = { pool: "closers", afterWait: "45 s" };
    if (g.blending) d.pools[2].helps = [{ pool: "operators", whenWaiting: 2 }];
    if (g.eveningRule)
      d.routing.unshift({ match: { channel: "call", time: { from: "16:00", to: "18:00" } }, pool: "closers" });
    d.trace = { replication: 1, maxEvents: 1_000_000, from: "start" };
    return parseScenario(d);
  });

describe("invariants over random variations of the company", () => {
  it("every contact ends in exactly one outcome, and outcomes, revenue and deals add up across groups", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const out = runReplication(buildModel(s), "cp", 1);
        const v = out.values;
        const sum = (scope: "overall") =>
          OUTCOMES.reduce((a, o) => a + (valueOf(v, { scope, measure: o }) as number), 0);
        expect(sum("overall")).toBe(valueOf(v, { scope: "overall", measure: "arrivals" }));
        const ends = new Map<number, number>();
        for (const [, what, id] of out.trace!.events)
          if ((OUTCOMES as readonly string[]).includes(what)) ends.set(id, (ends.get(id) ?? 0) + 1);
        for (const [id] of out.trace!.contacts) expect(ends.get(id) ?? 0, `contact ${id}`).toBeLessThanOrEqual(1);
        const total = (filter: RowFilter) => sumWhere(v, filter);
        expect(total({ scope: "segment", measure: "revenue" })).toBeCloseTo(
          valueOf(v, { scope: "overall", measure: "revenue" }) as number,
          4,
        );
        expect(total({ scope: "person", measure: "deals" })).toBe(valueOf(v, { scope: "overall", measure: "deals" }));
      }),
      { numRuns: 25 },
    );
  });

  it("nobody serves two clients at once, and nobody serves while walking", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const t = runReplication(buildModel(s), "cp", 1).trace!;
        const busyWith = new Map<number, number>();
        const walking = new Set<number>();
        let last = 0;
        for (const [time, what, id, agent] of t.events) {
          expect(time).toBeGreaterThanOrEqual(last);
          last = time;
          if (what === "walk") {
            expect(busyWith.has(agent)).toBe(false);
            busyWith.set(agent, id);
            walking.add(agent);
          } else if (what === "answer") {
            if (walking.has(agent)) {
              expect(busyWith.get(agent)).toBe(id);
              walking.delete(agent);
            } else {
              expect(busyWith.has(agent), `agent ${agent} answers ${id} while busy with ${busyWith.get(agent)}`).toBe(
                false,
              );
              busyWith.set(agent, id);
            }
          } else if (what === "service-end" || what === "transfer") {
            expect(busyWith.get(agent)).toBe(id);
            busyWith.delete(agent);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe("time-of-day routing", () => {
  it("sends calls to the pool a rule names only inside its hours", () => {
    const d = JSON.parse(JSON.stringify(company()));
    d.routing.unshift({ match: { channel: "call", time: { from: "16:00", to: "18:00" } }, pool: "closers" });
    d.trace = { replication: 1, maxEvents: 1_000_000, from: "start" };
    const t = runReplication(buildModel(parseScenario(d)), "tod", 1).trace!;
    const channel = new Map(t.contacts.map(([id, , c]) => [id, c]));
    const arrived = new Map<number, number>();
    let evening = 0;
    for (const [time, what, id, , pool] of t.events) {
      if (what === "arrive") arrived.set(id, time);
      if (what !== "answer" || channel.get(id) !== "call") continue;
      const hour = (arrived.get(id)! % 86400) / 3600;
      const first = t.pools[pool];
      if (hour >= 16 && hour < 18) {
        expect(first).toBe("closers");
        evening++;
      }
    }
    expect(evening).toBeGreaterThan(5);
  });
});
