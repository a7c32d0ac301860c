import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { smallCompany } from "../../helpers/scenarios.js";
import { rowsWhere, sumWhere, valueOf } from "../../../engine/results/index.js";

function traced(from: "start" | "warmupEnd"): Scenario {
  const s = JSON.parse(JSON.stringify(company()));
  s.calendar.warmupDays = 2;
  s.calendar.days = 5;
  s.trace = { replication: 1, maxEvents: 1_000_000, from };
  return parseScenario(s);
}

describe("the event trace", () => {
  it("starts at the end of the warm-up by default, with every agent's state at that moment", () => {
    const out = runReplication(buildModel(traced("warmupEnd")), "tr", 1);
    const t = out.trace!;
    const warmupEnd = 2 * 86_400;
    expect(t.events[0]![0]).toBe(warmupEnd);
    const opening = t.events.filter(([time, what]) => time === warmupEnd && what.startsWith("state:"));
    expect(new Set(opening.map((e) => e[3])).size).toBe(t.agents.length);
    expect(t.events.every(([time]) => time >= warmupEnd)).toBe(true);
  });

  it("records the whole run when asked to start at the start", () => {
    const t = runReplication(buildModel(traced("start")), "tr", 1).trace!;
    expect(t.events[0]![0]).toBeLessThan(86_400);
  });

  it("keeps each person's states as a timeline consistent with the answers and ends of service", () => {
    const t = runReplication(buildModel(traced("start")), "tr", 1).trace!;
    const state = new Map<number, string>();
    let checked = 0;
    for (const [, what, contact, agent] of t.events) {
      if (what.startsWith("state:")) {
        expect(state.get(agent), `agent ${agent} enters the state it is in`).not.toBe(what);
        state.set(agent, what);
      } else if (what === "answer") {
        expect(state.get(agent), `agent ${agent} answers contact ${contact}`).toBe("state:serving");
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("the traced client keys", () => {
  it("give each one-off client's contact a key of its own, and a returning client the same key on every contact", () => {
    const small = parseScenario({ ...smallCompany(), trace: { replication: 1, maxEvents: 1_000_000, from: "start" } });
    const oneOff = runReplication(buildModel(small), "keys", 1).trace!.contacts;
    expect(oneOff.length).toBeGreaterThan(10);
    expect(new Set(oneOff.map(([, key]) => key)).size).toBe(oneOff.length);
    for (const [id, key] of oneOff) expect(key).toMatch(new RegExp(`#any:${id}$`));
    const t = runReplication(buildModel(traced("start")), "keys", 1).trace!;
    const counts = new Map<string, number>();
    for (const [, key] of t.contacts) counts.set(key, (counts.get(key) ?? 0) + 1);
    expect([...counts.values()].some((n) => n > 1)).toBe(true);
  });
});

describe("the client flow", () => {
  it("adds up, over departments and outcomes, to each channel's arrivals per day", () => {
    const out = runReplication(buildModel(traced("warmupEnd")), "fl", 1);
    const v = out.values;
    const days = valueOf(v, { scope: "window", measure: "days" }) as number;
    const channels = new Set(rowsWhere(v, { scope: "flow" }).map((row) => row.channel!));
    expect(channels.size).toBeGreaterThan(1);
    for (const channel of channels) {
      const perDay = sumWhere(v, { scope: "flow", channel });
      expect(perDay * days).toBeCloseTo(
        valueOf(v, { scope: "channel", subject: channel, measure: "arrivals" }) as number,
        6,
      );
    }
    const served = sumWhere(v, { scope: "flow", breakdown: { kind: "outcome", value: "served" } });
    expect(served * days).toBeCloseTo(valueOf(v, { scope: "overall", measure: "served" }) as number, 6);
  });
});
