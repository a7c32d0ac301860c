import { describe, expect, it } from "vitest";
import { Replication } from "../../../engine/model/index.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { loadScenario } from "../../../engine/node/loadScenario.js";
import { company } from "../../helpers/company.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";
import { valueOf } from "../../../engine/results/index.js";

describe("own managers", () => {
  it("in the default company are people who serve the owning department's clients, never an admin, a cashier or the base developer", () => {
    const { scenario } = loadScenario("scenarios/default.json");
    const spec = buildModel({ ...scenario, calendar: { ...scenario.calendar, days: 21, warmupDays: 7 } });
    const rep = new Replication(spec, "own", 1);
    rep.run();
    let checked = 0;
    for (const list of rep.clients.registered) {
      for (const client of list) {
        if (client.ownManager < 0) continue;
        const pool = spec.pools[rep.agents[client.ownManager]!.poolIndex]!;
        expect(pool.servesClients).toBe(true);
        expect(pool.department).toBe(client.owner);
        expect(["admins", "cashiers", "base developers", "cold callers"]).not.toContain(pool.name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("are not known before an anonymous caller is answered: the caller is transferred to a free own manager", () => {
    const d = JSON.parse(JSON.stringify(company()));
    d.pools[0].staff = [{ name: "Olga" }, { name: "Oleg" }, { name: "Oxana" }];
    d.trace = { replication: 1, maxEvents: 1_000_000, from: "start" };
    const t = runReplication(buildModel(parseScenario(d)), "own", 1).trace!;
    const operators = t.pools.indexOf("operators");
    const channel = new Map(t.contacts.map(([id, , c]) => [id, c]));
    const answers = new Map<number, number[]>();
    const movedWithinPool = new Set<number>();
    for (const [, what, id, agent, pool] of t.events) {
      if (what === "answer") answers.set(id, [...(answers.get(id) ?? []), agent]);
      if (what === "transfer" && pool === operators && channel.get(id) === "call") movedWithinPool.add(id);
    }
    // Registered callers on the public number reach their own manager by a transfer after the first answer.
    expect(movedWithinPool.size).toBeGreaterThan(3);
    for (const id of movedWithinPool) {
      const list = answers.get(id)!;
      if (list.length > 1) expect(list[1]).not.toBe(list[0]);
    }
  });
});

describe("ownership stays with the owning department", () => {
  it("calls to the base reach only the calling department's own clients", () => {
    const d = JSON.parse(JSON.stringify(company()));
    // Every wholesale client is owned by active sales: current sales' base developer has nobody to call.
    d.segments[1].clientele.owner = "active sales";
    d.handover = undefined;
    d.pools.push({
      name: "base developers",
      department: "current sales",
      staff: [{ name: "Boris" }],
      outbound: {
        kind: "base-calls",
        channel: "call",
        attempt: { kind: "deterministic", value: 30 },
        answerProbability: 0.5,
        segments: { wholesale: 1 },
      },
    });
    const v = runReplication(buildModel(parseScenario(d)), "base", 1).values;
    expect(valueOf(v, { scope: "outbound", subject: "base developers", measure: "conversations" })).toBe(0);
    d.segments[1].clientele.owner = "current sales";
    const w = runReplication(buildModel(parseScenario(d)), "base", 1).values;
    expect(valueOf(w, { scope: "outbound", subject: "base developers", measure: "conversations" })!).toBeGreaterThan(
      50,
    );
  });

  it("a walk-in of a client owned by another department than retail follows the repeat-walk-in policy towards its owner", () => {
    const d = JSON.parse(JSON.stringify(repeatWalkIns({ policy: "escort" })));
    d.departments.push({ name: "active sales", floor: 2 });
    d.pools.push({ name: "closers", department: "active sales", staff: [{ name: "k1" }, { name: "k2" }] });
    d.segments.push({
      name: "large",
      deal: { probability: 0.5, value: { kind: "deterministic", value: 5000 } },
      clientele: {
        owner: "active sales",
        initialClients: 100,
        returnInterval: { kind: "exponential", mean: "2 days" },
        channels: { "walk-in": 1 },
      },
    });
    d.arrivals.push({
      channel: "walk-in",
      segment: "large",
      ratePerHour: 0,
      serviceTime: { kind: "deterministic", value: "10 min" },
    });
    d.routing.splice(1, 0, { match: { channel: "call", owner: "active sales" }, pool: "closers" });
    const t = runReplication(buildModel(parseScenario(d)), "own", 1).trace!;
    const large = new Set(t.contacts.filter(([, k]) => k.startsWith("base:large")).map(([id]) => id));
    const answeredBy = new Map<number, string[]>();
    for (const [, what, id, agent] of t.events)
      if (what === "answer" && large.has(id)) answeredBy.set(id, [...(answeredBy.get(id) ?? []), t.agents[agent]!]);
    expect(answeredBy.size).toBeGreaterThan(20);
    let escorted = 0;
    for (const list of answeredBy.values()) {
      expect(list[0]!.startsWith("c")).toBe(true);
      if (list.length > 1) {
        expect(list[1]!.startsWith("k")).toBe(true);
        escorted++;
      }
    }
    expect(escorted).toBeGreaterThan(20);
  });
});
