import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { singlePool, smallCompany } from "../../helpers/scenarios.js";
import { valueOf } from "../../../engine/results/index.js";

const withTrace = (s: Scenario): Scenario => ({ ...s, trace: { replication: 1, maxEvents: 2_000_000, from: "start" } });
const run = (s: Scenario, seed = "b") => runReplication(buildModel(withTrace(s)), seed, 1);

/** service start and end per contact from a trace. */
function services(events: [number, string, number, number, number][]) {
  const start = new Map<number, [number, number]>();
  const out: { contact: number; agent: number; start: number; end: number }[] = [];
  for (const [t, what, c, a] of events) {
    if (what === "answer") start.set(c, [t, a]);
    if (what === "service-end") out.push({ contact: c, agent: a, start: start.get(c)![0], end: t });
  }
  return out;
}

describe("queue capacity", () => {
  it("with no waiting places, nobody waits and clients who find every agent busy are blocked", () => {
    const r = run(
      singlePool({
        pools: [{ name: "agents", staff: 2, queue: { capacity: 0 } }],
        arrivals: [
          { channel: "call", segment: "all", ratePerHour: 150, serviceTime: { kind: "exponential", mean: 60 } },
        ],
      }),
    );
    expect(valueOf(r.values, { scope: "overall", measure: "pWait" })).toBe(0);
    expect(valueOf(r.values, { scope: "overall", measure: "blocked" })).toBeGreaterThan(0);
  });
});

describe("balking", () => {
  it("a client who would have to wait behind a threshold of 0 with probability 1 always balks", () => {
    const r = run(
      singlePool({
        arrivals: [
          {
            channel: "call",
            segment: "all",
            ratePerHour: 50,
            serviceTime: { kind: "exponential", mean: 60 },
            balking: { kind: "queue-threshold", waiting: 0 },
          },
        ],
      }),
    );
    expect(valueOf(r.values, { scope: "overall", measure: "pWait" })).toBe(0);
    expect(valueOf(r.values, { scope: "overall", measure: "balked" })).toBeGreaterThan(0);
  });
});

describe("priority classes", () => {
  it("serve class 0 before class 1 in the same pool", () => {
    const twoClasses = (first: number) =>
      singlePool({
        segments: [{ name: "a" }, { name: "b" }],
        stop: { arrivals: 20_000, warmupArrivals: 1000 },
        arrivals: [
          { channel: "call", segment: "a", ratePerHour: 100, serviceTime: { kind: "exponential", mean: 60 } },
          { channel: "call", segment: "b", ratePerHour: 440, serviceTime: { kind: "exponential", mean: 60 } },
        ],
        pools: [{ name: "agents", staff: 10 }],
        routing: [
          { match: { segment: "a" }, pool: "agents", priority: first },
          { pool: "agents", priority: 1 },
        ],
      });
    const prioritised = run(twoClasses(0)).values;
    const equal = run(twoClasses(1)).values;
    expect(valueOf(prioritised, { scope: "segment", subject: "a", measure: "meanWait" }) as number).toBeLessThan(
      0.3 * (valueOf(prioritised, { scope: "segment", subject: "b", measure: "meanWait" }) as number),
    );
    expect(valueOf(prioritised, { scope: "segment", subject: "a", measure: "meanWait" }) as number).toBeLessThan(
      0.3 * (valueOf(equal, { scope: "segment", subject: "a", measure: "meanWait" }) as number),
    );
  });
});

describe("shifts and breaks", () => {
  it("nobody starts serving before their shift or after it has ended, and breaks take their time", () => {
    const s = smallCompany();
    const r = run(s);
    const names = r.trace!.agents;
    const shift: Record<string, [number, number]> = { Anna: [9, 18], Boris: [9, 14], Vera: [12, 18] };
    const arrivedAt = new Map(r.trace!.events.filter((e) => e[1] === "arrive").map((e) => [e[2], e[0]]));
    for (const sv of services(r.trace!.events)) {
      const who = names[sv.agent]!;
      if (!(who in shift)) continue;
      const hour = (sv.start % 86400) / 3600;
      expect(hour).toBeGreaterThanOrEqual(shift[who]![0]);
      // Staff whose shift ends at closing stay to serve those who arrived before closing.
      const overtime = shift[who]![1] === 18 && (arrivedAt.get(sv.contact)! % 86400) / 3600 < 18;
      if (!overtime) expect(hour).toBeLessThanOrEqual(shift[who]![1]);
    }
    const annaBreak = valueOf(r.values, {
      scope: "person",
      subject: "Anna",
      pool: "operators",
      measure: "share",
      breakdown: { kind: "state", value: "onBreak" },
    }) as number;
    expect(annaBreak).toBeCloseTo(45 / (9 * 60), 2);
  });

  it("an agent serves one client at a time and wrap-up follows each service", () => {
    const r = run(smallCompany());
    const byAgent = new Map<number, { start: number; end: number }[]>();
    for (const sv of services(r.trace!.events)) byAgent.set(sv.agent, [...(byAgent.get(sv.agent) ?? []), sv]);
    const operators = new Set(r.trace!.agents.slice(0, 3).map((_, i) => i));
    for (const [agent, list] of byAgent) {
      for (let i = 1; i < list.length; i++) {
        const gap = list[i]!.start - list[i - 1]!.end;
        expect(gap).toBeGreaterThanOrEqual(operators.has(agent) ? 10 - 1e-9 : 0);
      }
    }
    expect(
      valueOf(r.values, {
        scope: "person",
        subject: "Anna",
        pool: "operators",
        measure: "share",
        breakdown: { kind: "state", value: "wrapUp" },
      }) as number,
    ).toBeGreaterThan(0);
  });
});

describe("closing time", () => {
  const busyEvening = (atClosing: "serve-waiting" | "lose-waiting") =>
    parseScenario({
      ...JSON.parse(JSON.stringify(smallCompany())),
      calendar: {
        days: 3,
        warmupDays: 0,
        openingHours: {
          mon: { open: "09:00", close: "12:00" },
          tue: { open: "09:00", close: "12:00" },
          wed: { open: "09:00", close: "12:00" },
        },
        atClosing,
      },
      pools: [
        { name: "operators", staff: 1 },
        { name: "consultants", staff: 1 },
      ],
    });

  it("with lose-waiting, everyone still waiting at closing is lost and nobody is served after", () => {
    const r = run(busyEvening("lose-waiting"));
    expect(valueOf(r.values, { scope: "overall", measure: "lostAtClosing" })).toBeGreaterThan(0);
    for (const sv of services(r.trace!.events)) expect(sv.start % 86400).toBeLessThanOrEqual(12 * 3600);
  });

  it("with serve-waiting, staff stay to serve those waiting and nobody is lost at closing", () => {
    const r = run(busyEvening("serve-waiting"));
    expect(valueOf(r.values, { scope: "overall", measure: "lostAtClosing" })).toBe(0);
    expect(services(r.trace!.events).some((sv) => sv.start % 86400 > 12 * 3600)).toBe(true);
  });
});

describe("common random numbers", () => {
  it("adding staff to a pool leaves every arrival time and every client's work content unchanged", () => {
    const base = smallCompany();
    const more = parseScenario({
      ...JSON.parse(JSON.stringify(base)),
      pools: [base.pools[0], { ...base.pools[1], staff: 4 }],
    });
    const a = run(base, "crn");
    const b = run(more, "crn");
    const arrivals = (r: typeof a) => r.trace!.events.filter((e) => e[1] === "arrive").map((e) => [e[0], e[2]]);
    expect(arrivals(b)).toEqual(arrivals(a));
    const work = (r: typeof a) => new Map(services(r.trace!.events).map((s) => [s.contact, s.end - s.start]));
    const wa = work(a);
    let compared = 0;
    for (const [contact, seconds] of work(b)) {
      if (!wa.has(contact)) continue;
      expect(seconds).toBeCloseTo(wa.get(contact)!, 9);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
    expect(valueOf(b.values, { scope: "pool", subject: "consultants", measure: "meanWait" })).not.toEqual(
      valueOf(a.values, { scope: "pool", subject: "consultants", measure: "meanWait" }),
    );
  });
});
