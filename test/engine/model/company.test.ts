import { describe, expect, it } from "vitest";
import { OUTCOMES } from "../../../engine/metrics/index.js";
import { runReplication, type ReplicationOutput } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { type RowFilter, rowsWhere, sumWhere, valueOf } from "../../../engine/results/index.js";

/** Every outcome event of a contact. */
const ENDS: ReadonlySet<string> = new Set(OUTCOMES);

const traced = (s: Scenario): Scenario => ({ ...s, trace: { replication: 1, maxEvents: 1_000_000, from: "start" } });
const run = (s: Scenario, seed = "co") => runReplication(buildModel(traced(s)), seed, 1);

/** Per contact: who it is, and the pools that answered it, in order, with its outcome. */
function stories(out: ReplicationOutput) {
  const t = out.trace!;
  const byId = new Map<
    number,
    {
      client: string;
      channel: string;
      status: string;
      answeredBy: string[];
      outcome: string;
      arrive: number;
      events: string[];
    }
  >();
  for (const [id, client, channel, , status] of t.contacts) {
    byId.set(id, { client, channel, status, answeredBy: [], outcome: "", arrive: -1, events: [] });
  }
  for (const [time, what, id, , pool] of t.events) {
    const s = byId.get(id);
    if (s === undefined) continue;
    s.events.push(what);
    if (what === "arrive") s.arrive = time;
    if (what === "answer") s.answeredBy.push(t.pools[pool]!);
    if (ENDS.has(what)) s.outcome = what;
  }
  return [...byId.values()];
}

describe("rule 1: a first call from a new client goes to current sales", () => {
  it("every call of a new client is answered first by an operator, and stays there", () => {
    const calls = stories(run(company())).filter(
      (s) => s.channel === "call" && s.status === "new" && s.answeredBy.length > 0,
    );
    expect(calls.length).toBeGreaterThan(50);
    for (const c of calls) expect(c.answeredBy).toEqual(["operators"]);
  });
});

describe("rule 2: a prospect who says they were cold-called is transferred to active sales", () => {
  it("callbacks are answered by current sales; those who say so are transferred to the closers", () => {
    const callbacks = stories(run(company())).filter((s) => s.channel === "callback" && s.answeredBy.length > 0);
    const transferred = callbacks.filter((c) => c.events.includes("transfer"));
    const stayed = callbacks.filter((c) => !c.events.includes("transfer"));
    expect(transferred.length).toBeGreaterThan(5);
    expect(stayed.length).toBeGreaterThan(2);
    for (const c of callbacks) expect(c.answeredBy[0]).toBe("operators");
    for (const c of transferred) if (c.answeredBy.length > 1) expect(c.answeredBy[1]).toBe("closers");
  });

  it("a transfer nobody picks up within the ring timeout is lost as 'transfer not answered'", () => {
    const s = company();
    const noClosers = parseScenario({
      ...JSON.parse(JSON.stringify(s)),
      // Operators who do not put own managers first: every transfer is one to the closers.
      pools: s.pools.map((p) =>
        p.name === "closers"
          ? { ...p, staff: 0 }
          : p.name === "operators"
            ? { ...p, selection: { kind: "least-workload" } }
            : p,
      ),
    });
    const out = run(noClosers);
    const transferred = stories(out).filter((c) => c.events.includes("transfer"));
    expect(transferred.length).toBeGreaterThan(5);
    for (const c of transferred) expect(c.outcome).toBe("transferUnanswered");
    expect(
      valueOf(out.values, {
        scope: "overall",
        measure: "lostRevenue",
        breakdown: { kind: "cause", value: "transferUnanswered" },
      }) as number,
    ).toBeGreaterThan(0);
  });
});

describe("rule 3: a new walk-in is served by retail", () => {
  it("every walk-in is answered by a consultant", () => {
    const walkIns = stories(run(company())).filter((s) => s.channel === "walk-in" && s.answeredBy.length > 0);
    expect(walkIns.length).toBeGreaterThan(50);
    for (const w of walkIns) expect(w.answeredBy).toEqual(["consultants"]);
  });
});

describe("the public number", () => {
  it("never carries more calls than it has lines; the others hear busy", () => {
    const s = company({
      phone: { lines: 1, transfer: { time: { kind: "deterministic", value: 15 }, ringTimeout: 40 } },
    });
    const out = run(s);
    const publicChannels = new Set(["call", "callback"]);
    const channelOf = new Map(out.trace!.contacts.map(([id, , channel]) => [id, channel]));
    const ends = ENDS;
    let inUse = 0;
    const holding = new Set<number>();
    for (const [, what, id] of out.trace!.events) {
      if (!publicChannels.has(channelOf.get(id) ?? "")) continue;
      if (what === "answer" || what === "transfer") continue;
      if (what === "arrive") {
        holding.add(id);
        inUse++;
      } else if (ends.has(what) && holding.has(id)) {
        holding.delete(id);
        inUse--;
      }
      if (what === "linesBusy") continue;
      expect(inUse).toBeLessThanOrEqual(1 + (what === "arrive" ? 1 : 0));
    }
    expect(valueOf(out.values, { scope: "overall", measure: "linesBusy" }) as number).toBeGreaterThan(0);
  });
});

describe("registered clients", () => {
  it("come back by their channels, and the initial base does not come back in one wave", () => {
    const out = run(company({ calendar: { days: 20, warmupDays: 0, openingHours: "always" } }));
    const base = stories(out).filter((s) => s.client.startsWith("base:"));
    const perDay = new Array(20).fill(0);
    for (const s of base) perDay[Math.floor(s.arrive / 86400)]++;
    const mean = perDay.reduce((a, b) => a + b, 0) / 20;
    expect(mean).toBeGreaterThan(5);
    expect(perDay[0]).toBeLessThan(2 * mean);
    const channels = new Set(base.map((s) => s.channel));
    expect(channels).toEqual(new Set(["walk-in", "call", "own extension"]));
  });

  it("a client who comes back several times keeps a stable key, so each client's story can be followed", () => {
    const byClient = new Map<string, number>();
    for (const s of stories(run(company()))) byClient.set(s.client, (byClient.get(s.client) ?? 0) + 1);
    expect([...byClient.values()].some((n) => n >= 2)).toBe(true);
  });
});

describe("revenue", () => {
  it("adds up across people, departments and segments", () => {
    const v = run(company()).values;
    const sum = (filter: RowFilter) => sumWhere(v, filter);
    const total = valueOf(v, { scope: "overall", measure: "revenue" }) as number;
    expect(total).toBeGreaterThan(0);
    expect(sum({ scope: "person", measure: "revenue" })).toBeCloseTo(total, 4);
    expect(sum({ scope: "department", measure: "revenue" })).toBeCloseTo(total, 4);
    expect(sum({ scope: "segment", measure: "revenue" })).toBeCloseTo(total, 4);
    expect(sum({ scope: "role", measure: "revenue" })).toBeCloseTo(total, 4);
  });
});

describe("money", () => {
  it("profit is the gross margin on realised revenue minus wages from hours on shift", () => {
    const s = company({ money: { grossMargin: 0.3 } });
    const v = run(s).values;
    const agentWages = sumWhere(v, { scope: "person", measure: "wages" });
    expect(valueOf(v, { scope: "money", measure: "wages" })).toBeCloseTo(agentWages, 6);
    expect(agentWages).toBeGreaterThan(0);
    const hours = rowsWhere(v, { scope: "person", measure: "hoursOnShift" });
    expect(hours.length).toBeGreaterThan(0);
    expect(valueOf(v, { scope: "money", measure: "grossMargin" })).toBeCloseTo(
      0.3 * (valueOf(v, { scope: "overall", measure: "revenue" }) as number),
      4,
    );
    expect(valueOf(v, { scope: "money", measure: "profit" })).toBeCloseTo(
      (valueOf(v, { scope: "money", measure: "grossMargin" }) as number) -
        (valueOf(v, { scope: "money", measure: "wages" }) as number),
      6,
    );
    expect(valueOf(v, { scope: "money", measure: "profitPerDay" })).toBeCloseTo(
      (valueOf(v, { scope: "money", measure: "profit" }) as number) /
        (valueOf(v, { scope: "window", measure: "days" }) as number),
      6,
    );
  });
});

describe("common random numbers with clients who come back", () => {
  it("one more consultant leaves every new client's arrival and first contact's work content unchanged", () => {
    const base = company();
    const more = parseScenario({
      ...JSON.parse(JSON.stringify(base)),
      pools: base.pools.map((p) =>
        p.name === "consultants" && Array.isArray(p.staff) ? { ...p, staff: [...p.staff, { name: "Rosa" }] } : p,
      ),
    });
    const first = (out: ReplicationOutput) => {
      const t = out.trace!;
      const arrive = new Map(t.events.filter((e) => e[1] === "arrive").map((e) => [e[2], e[0]]));
      const seen = new Map<string, number>();
      for (const [id, client] of t.contacts) if (!seen.has(client)) seen.set(client, arrive.get(id)!);
      return seen;
    };
    const a = first(run(base, "crn"));
    const b = first(run(more, "crn"));
    let compared = 0;
    for (const [client, time] of a) {
      if (!client.startsWith("base:") && b.has(client)) {
        expect(b.get(client)).toBe(time);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
