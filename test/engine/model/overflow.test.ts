import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { valueOf } from "../../../engine/results/index.js";

const run = (s: Scenario) =>
  runReplication(buildModel({ ...s, trace: { replication: 1, maxEvents: 1_000_000, from: "start" } }), "ov", 1);

/** The company with one operator, and the given changes to the operators' pool. */
function oneOperator(extra: Record<string, unknown>): Scenario {
  const base = JSON.parse(JSON.stringify(company()));
  base.pools[0] = { ...base.pools[0], staff: [{ name: "Olga" }], ...extra };
  return parseScenario(base);
}

/** Contacts first answered by each pool, among calls on the public number. */
function firstAnswers(s: Scenario) {
  const out = run(s);
  const t = out.trace!;
  const channel = new Map(t.contacts.map(([id, , c]) => [id, c]));
  const first = new Map<number, string>();
  const overflowed = new Set<number>();
  for (const [, what, id, , pool] of t.events) {
    if (what === "answer" && !first.has(id)) first.set(id, t.pools[pool]!);
    if (what === "overflow") overflowed.add(id);
  }
  const calls = [...first.entries()].filter(([id]) => channel.get(id) === "call");
  return { calls, overflowed, events: t.events, pools: t.pools };
}

describe("overflow", () => {
  it("sends a caller who finds the queue long straight to the overflow pool", () => {
    const { calls, overflowed } = firstAnswers(oneOperator({ overflow: { pool: "closers", whenWaiting: 1 } }));
    expect(overflowed.size).toBeGreaterThan(5);
    const byClosers = calls.filter(([, pool]) => pool === "closers");
    expect(byClosers.length).toBeGreaterThan(0);
    for (const [id] of byClosers) expect(overflowed.has(id)).toBe(true);
  });

  it("moves a caller who has waited long enough, so nobody waits longer than that in the first pool", () => {
    const { events, pools } = firstAnswers(oneOperator({ overflow: { pool: "closers", afterWait: "30 s" } }));
    const queuedAt = new Map<number, number>();
    for (const [time, what, id, , pool] of events) {
      if (what === "arrive") queuedAt.set(id, time);
      if (what === "answer" && pools[pool] === "operators" && queuedAt.has(id)) {
        expect(time - queuedAt.get(id)!).toBeLessThanOrEqual(30 + 1e-9);
      }
      if (what === "overflow" || what === "answer" || what === "transfer") queuedAt.delete(id);
    }
  });
});

describe("blending", () => {
  it("free closers take first calls only when enough callers wait for the operators", () => {
    const helping = firstAnswers(oneOperator({})).calls.filter(([, p]) => p === "closers").length;
    expect(helping).toBe(0);
    const base = JSON.parse(JSON.stringify(oneOperator({})));
    base.pools[2].helps = [{ pool: "operators", whenWaiting: 2 }];
    const helped = firstAnswers(parseScenario(base)).calls.filter(([, p]) => p === "closers").length;
    expect(helped).toBeGreaterThan(0);
  });
});

describe("scenario checks", () => {
  it("refuses an overflow to the pool itself or with no trigger", () => {
    const base = JSON.parse(JSON.stringify(company()));
    base.pools[0].overflow = { pool: "operators" };
    expect(() => parseScenario(base, "x.json")).toThrow(/pools\[0\]\.overflow\.pool: another pool than this one/);
    expect(() => parseScenario(base, "x.json")).toThrow(/pools\[0\]\.overflow: afterWait, whenWaiting or both/);
  });
});

describe("overflow after a wait keeps both lines true", () => {
  /** One operator; callers who wait 30 s move to the closers. */
  const values = () =>
    runReplication(buildModel(oneOperator({ overflow: { pool: "closers", afterWait: "30 s" } })), "ov", 1).values;

  it("never lets a pool's mean queue length go below zero or stay up after the callers moved on", () => {
    const v = values();
    expect(valueOf(v, { scope: "pool", subject: "operators", measure: "meanQueueLength" })).toBeGreaterThanOrEqual(0);
    expect(valueOf(v, { scope: "pool", subject: "closers", measure: "meanQueueLength" })).toBeGreaterThanOrEqual(0);
    expect(valueOf(v, { scope: "pool", subject: "closers", measure: "meanQueueLength" })!).toBeLessThan(0.2);
  });

  it("lets the overflow pool's staff go home at the end of their hours (9 h a weekday at most)", () => {
    const v = values();
    const weekdays = 5; // days 3-9 of a Monday start: five weekdays observed
    expect(
      valueOf(v, { scope: "person", subject: "Anton", pool: "closers", measure: "hoursOnShift" })!,
    ).toBeLessThanOrEqual(weekdays * 9 + 1);
  });
});
