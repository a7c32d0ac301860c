import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OUTCOMES } from "../../../engine/metrics/index.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type ScenarioInput } from "../../../engine/scenario/index.js";
import { valueOf } from "../../../engine/results/index.js";

const distribution = fc.oneof(
  fc.record({ kind: fc.constant("exponential" as const), mean: fc.integer({ min: 10, max: 600 }) }),
  fc.record({ kind: fc.constant("deterministic" as const), value: fc.integer({ min: 1, max: 600 }) }),
  fc.record({
    kind: fc.constant("lognormal" as const),
    mean: fc.integer({ min: 10, max: 600 }),
    cv: fc.double({ min: 0.1, max: 3, noNaN: true }),
  }),
);

/** Random small scenarios: always-open counted runs and business-hours runs with shifts. */
const scenarios = fc
  .record({
    agents: fc.integer({ min: 1, max: 4 }),
    rate: fc.integer({ min: 5, max: 200 }),
    service: distribution,
    patience: fc.option(distribution, { nil: undefined }),
    capacity: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    balk: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    wrapUp: fc.option(distribution, { nil: undefined }),
    selection: fc.constantFrom("least-workload", "longest-idle", "round-robin"),
    hours: fc.boolean(),
    atClosing: fc.constantFrom("serve-waiting", "lose-waiting"),
  })
  .map((g): ScenarioInput => ({
    name: "random",
    calendar: g.hours
      ? {
          days: 2,
          openingHours: { mon: { open: "09:00", close: "13:00" }, tue: { open: "09:00", close: "13:00" } },
          atClosing: g.atClosing as "serve-waiting",
        }
      : { openingHours: "always" },
    ...(g.hours ? {} : { stop: { arrivals: 300, warmupArrivals: 20 } }),
    segments: [{ name: "s" }],
    channels: [{ name: "c" }],
    arrivals: [
      {
        channel: "c",
        segment: "s",
        ratePerHour: g.rate,
        serviceTime: g.service,
        ...(g.patience ? { patience: g.patience } : {}),
        ...(g.balk !== undefined
          ? { balking: { kind: "queue-threshold" as const, waiting: g.balk, probability: 0.7 } }
          : {}),
      },
    ],
    pools: [
      {
        name: "p",
        staff: g.hours
          ? Array.from({ length: g.agents }, (_, i) => ({
              name: `a${i}`,
              shift: {
                start: i % 2 ? "10:00" : "09:00",
                end: "13:00",
                breaks: i === 0 ? [{ start: "11:00", duration: "15 min" }] : [],
              },
            }))
          : g.agents,
        selection: { kind: g.selection as "round-robin" },
        queue: { capacity: g.capacity },
        ...(g.wrapUp ? { wrapUp: g.wrapUp } : {}),
      },
    ],
    routing: [{ pool: "p" }],
    trace: { replication: 1, maxEvents: 1_000_000, from: "start" },
  }));

const run = (input: ScenarioInput, seed: string) => runReplication(buildModel(parseScenario(input)), seed, 1);

describe("invariants over random scenarios", () => {
  it("every client ends in exactly one outcome, and the counted outcomes add up to arrivals", () => {
    fc.assert(
      fc.property(scenarios, (input) => {
        const out = run(input, "p1");
        const v = out.values;
        const total = OUTCOMES.reduce((s, o) => s + (valueOf(v, { scope: "overall", measure: o }) as number), 0);
        expect(total).toBe(valueOf(v, { scope: "overall", measure: "arrivals" }));
        const ended = new Map<number, number>();
        const arrived = new Set<number>();
        for (const [, what, contact] of out.trace!.events) {
          if (what === "arrive") arrived.add(contact);
          if ((OUTCOMES as readonly string[]).includes(what)) ended.set(contact, (ended.get(contact) ?? 0) + 1);
        }
        for (const id of arrived) expect(ended.get(id), `contact ${id}`).toBeLessThanOrEqual(1);
        for (const id of ended.keys()) expect(arrived.has(id)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("nobody serves two clients at once, and the clock never goes back", () => {
    fc.assert(
      fc.property(scenarios, (input) => {
        const events = run(input, "p2").trace!.events;
        const serving = new Map<number, number>();
        let last = 0;
        for (const [time, what, contact, agent] of events) {
          expect(time).toBeGreaterThanOrEqual(last);
          last = time;
          if (what === "answer") {
            expect(
              serving.has(agent),
              `agent ${agent} starts contact ${contact} while serving ${serving.get(agent)}`,
            ).toBe(false);
            serving.set(agent, contact);
          } else if (what === "service-end" || what === "transfer") {
            expect(serving.get(agent)).toBe(contact);
            serving.delete(agent);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("the same seed gives byte-identical results and another seed different ones", () => {
    fc.assert(
      fc.property(scenarios, (input) => {
        const a = JSON.stringify(run(input, "same"));
        expect(JSON.stringify(run(input, "same"))).toBe(a);
        const arrivalsA = valueOf(run(input, "same").values, { scope: "overall", measure: "arrivals" });
        const other = run(input, "other");
        expect(JSON.stringify(other)).not.toBe(a);
        expect(typeof arrivalsA).toBe("number");
      }),
      { numRuns: 20 },
    );
  });
});
