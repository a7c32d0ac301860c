import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { valueOf } from "../../../engine/results/index.js";

const run = (s: Scenario) =>
  runReplication(buildModel({ ...s, trace: { replication: 1, maxEvents: 2_000_000, from: "start" } }), "out", 1);

/** The test company with a cold caller working leads for the closers, and a base developer. */
function withOutbound(change: (d: any) => void = () => {}): Scenario {
  const d = JSON.parse(JSON.stringify(company()));
  d.channels.push({ name: "cold call" }, { name: "lead call" }, { name: "base call" });
  const work = (channel: string, mean: string) => ({
    channel,
    segment: "wholesale",
    ratePerHour: 0,
    serviceTime: { kind: "lognormal", mean, cv: 0.5 },
  });
  d.arrivals.push(work("cold call", "3 min"), work("lead call", "10 min"), work("base call", "5 min"));
  d.segments[1].deal.byPool = { closers: 0.4, developers: 0.1 };
  d.pools.push({
    name: "cold callers",
    department: "active sales",
    staff: [{ name: "Kolya", role: "cold-call manager" }],
    outbound: {
      kind: "cold-calls",
      channel: "cold call",
      attempt: { kind: "uniform", min: 20, max: 60 },
      answerProbability: 0.3,
      segments: { wholesale: 1 },
      leadProbability: 0.2,
      leadTo: "closers",
      leadChannel: "lead call",
    },
  });
  d.pools.push({
    name: "developers",
    department: "current sales",
    staff: [{ name: "Dima", role: "client-base development manager" }],
    outbound: {
      kind: "base-calls",
      channel: "base call",
      attempt: { kind: "uniform", min: 20, max: 60 },
      answerProbability: 0.5,
      segments: { wholesale: 1 },
    },
  });
  change(d);
  return parseScenario(d);
}

describe("cold calls", () => {
  it("reach a share of prospects; some conversations give leads that the closers call back, and can close", () => {
    const out = run(withOutbound());
    const v = out.values;
    const attempts = valueOf(v, { scope: "outbound", subject: "cold callers", measure: "attempts" }) as number;
    const conversations = valueOf(v, {
      scope: "outbound",
      subject: "cold callers",
      measure: "conversations",
    }) as number;
    const leads = valueOf(v, { scope: "outbound", subject: "cold callers", measure: "leads" }) as number;
    expect(attempts).toBeGreaterThan(500);
    expect(conversations / attempts).toBeGreaterThan(0.25);
    expect(conversations / attempts).toBeLessThan(0.35);
    expect(leads / conversations).toBeGreaterThan(0.12);
    expect(leads / conversations).toBeLessThan(0.28);
    expect(valueOf(v, { scope: "channel", subject: "cold call", measure: "deals" })).toBe(0);
    const t = out.trace!;
    const channel = new Map(t.contacts.map(([id, , c]) => [id, c]));
    const leadCalls = t.events.filter(([, what, id]) => what === "answer" && channel.get(id) === "lead call");
    expect(leadCalls.length).toBeGreaterThan(10);
    for (const [, , , , pool] of leadCalls) expect(t.pools[pool]).toBe("closers");
    expect(valueOf(v, { scope: "channel", subject: "lead call", measure: "deals" }) as number).toBeGreaterThan(0);
  });

  it("keep the cold caller busy all shift, so inbound clients reach them only through blending", () => {
    const v = run(withOutbound()).values;
    expect(
      valueOf(v, {
        scope: "person",
        subject: "Kolya",
        pool: "cold callers",
        measure: "share",
        breakdown: { kind: "state", value: "idle" },
      }),
    ).toBe(0);
    expect(
      (valueOf(v, {
        scope: "person",
        subject: "Kolya",
        pool: "cold callers",
        measure: "share",
        breakdown: { kind: "state", value: "outbound" },
      }) as number) +
        (valueOf(v, {
          scope: "person",
          subject: "Kolya",
          pool: "cold callers",
          measure: "share",
          breakdown: { kind: "state", value: "serving" },
        }) as number),
    ).toBeCloseTo(1, 6);
  });
});

describe("calls to the existing base", () => {
  it("reach registered clients only, and their deals count for the caller", () => {
    const out = run(withOutbound());
    const t = out.trace!;
    const baseCalls = t.contacts.filter(([, , channel]) => channel === "base call");
    expect(baseCalls.length).toBeGreaterThan(50);
    for (const [, , , , status] of baseCalls) expect(status).toBe("registered");
    const v = out.values;
    expect(valueOf(v, { scope: "person", subject: "Dima", pool: "developers", measure: "deals" })).toBe(
      valueOf(v, { scope: "channel", subject: "base call", measure: "deals" }),
    );
    const conversion =
      (valueOf(v, { scope: "channel", subject: "base call", measure: "deals" }) as number) /
      (valueOf(v, { scope: "channel", subject: "base call", measure: "served" }) as number);
    expect(conversion).toBeGreaterThan(0.04);
    expect(conversion).toBeLessThan(0.2);
  });

  it("are refused for segments that have no registered clients", () => {
    expect(() =>
      withOutbound((d) => {
        d.pools[4].outbound.segments = { retail: 0, wholesale: 0 };
      }),
    ).toThrow(/pools\[4\]\.outbound\.segments: at least one share above 0/);
  });
});
