import { describe, expect, it } from "vitest";
import { Replication } from "../../../engine/model/index.js";
import { loadScenario } from "../../../engine/node/loadScenario.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";
import { valueOf } from "../../../engine/results/index.js";

/** The default company for `days` days with changes. */
function defaultWith(change: (d: any) => void, days = 21) {
  const d = JSON.parse(JSON.stringify(loadScenario("scenarios/default.json").scenario));
  d.calendar.days = days;
  change(d);
  return buildModel(parseScenario(d));
}

describe("an approval the client waits for", () => {
  it("dropped at closing (lose-waiting) lets the waiting agent go on: nobody stays held for the rest of the run", () => {
    const d = JSON.parse(JSON.stringify(company()));
    d.calendar.atClosing = "lose-waiting";
    d.pools.push({
      name: "admins",
      department: "current sales",
      staff: [{ name: "Adam" }],
      duties: {
        departments: ["current sales", "retail"],
        approveDealsOver: { value: 0, time: { kind: "exponential", mean: "20 min" }, clientWaits: true },
      },
    });
    const v = runReplication(buildModel(parseScenario(d)), "held", 1).values;
    for (const name of ["Olga", "Oleg"])
      expect(valueOf(v, { scope: "person", pool: "operators", subject: name, measure: "served" })!).toBeGreaterThan(50);
    for (const name of ["Rita", "Roman"])
      expect(valueOf(v, { scope: "person", pool: "consultants", subject: name, measure: "served" })!).toBeGreaterThan(
        50,
      );
  });

  it("never keeps anyone waiting while no admin is on shift (nobody waits overnight)", () => {
    const spec = defaultWith((d) => {
      const admins = d.pools.find((p: any) => p.name === "admins");
      admins.duties.approveDealsOver = { ...admins.duties.approveDealsOver, value: 50_000, clientWaits: true };
    });
    const rep = new Replication(spec, "held", 1);
    const heldSince = new Map<number, number>();
    let longest = 0;
    for (const a of rep.agents)
      a.onStateChange = (agent, state, now) => {
        const since = heldSince.get(agent.id);
        if (since !== undefined && state !== 2) {
          longest = Math.max(longest, now - since);
          heldSince.delete(agent.id);
        }
      };
    const serve = rep.outcomes.serve.bind(rep.outcomes);
    rep.outcomes.serve = (c, agent, now) => {
      const held = serve(c, agent, now);
      if (held) heldSince.set(agent.id, now);
      return held;
    };
    rep.run();
    // The approval itself takes minutes; the admin's queue may add an hour or two, never a night.
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThan(4 * 3600);
  });
});

describe("the summon rule's edge cases", () => {
  it("at N, a free consultant other than the caller starts: nobody is fined for not starting while one is free", () => {
    const spec = buildModel(
      repeatWalkIns({ policy: "summon", walkSeconds: 300, consultants: 3, retailPerHour: 5, operators: 2 }),
    );
    const rep = new Replication(spec, "ns", 1);
    const consultants = rep.pools.find((p) => p.spec.name === "consultants")!;
    let checked = 0;
    const join = rep.queues.join.bind(rep.queues);
    // A not-started client joins the consultants' line with nobody free there.
    rep.queues.join = (c, p, priority, patience, canBalk, now) => {
      if (p === consultants.index && !canBalk && c.serviceStartAt < 0 && c.answeredAt >= 0) {
        expect(consultants.idle.length).toBe(0);
        checked++;
      }
      join(c, p, priority, patience, canBalk, now);
    };
    rep.run();
    expect(checked).toBeGreaterThan(0);
  });

  it("never names a manager already named for another client: every summoned client's manager comes (or the client left first)", () => {
    const spec = defaultWith((d) => {
      d.repeatWalkIn.overloaded = { nobodyFree: false };
      for (const a of d.arrivals)
        if (a.channel === "walk-in" && typeof a.ratePerHour === "number") a.ratePerHour *= 1.5;
      d.trace = { replication: 1, maxEvents: 5_000_000, from: "start" };
    });
    const t = runReplication(spec, "ow", 1).trace!;
    const end = t.events.at(-1)![0];
    const summonedAt = new Map<number, number>();
    const resolved = new Set<number>();
    for (const [time, what, id] of t.events) {
      if (what === "summoned") summonedAt.set(id, time);
      if (
        what === "manager-arrived" ||
        what === "manager-arrived-late" ||
        what === "manager-late" ||
        what === "left-waiting-for-manager"
      )
        resolved.add(id);
    }
    expect(summonedAt.size).toBeGreaterThan(100);
    // A summon made more than a day before the end of the run has been answered by its manager.
    const forgotten = [...summonedAt].filter(([id, at]) => at < end - 86_400 && !resolved.has(id));
    expect(forgotten).toEqual([]);
  });

  it("(c) a client who will not go upstairs is booked to the floor that sent them away", () => {
    const v = runReplication(
      buildModel(repeatWalkIns({ policy: "send-upstairs", refuseUpstairs: 0.3 })),
      "up",
      1,
    ).values;
    expect(valueOf(v, { scope: "overall", measure: "refusedUpstairs" })!).toBeGreaterThan(10);
    expect(valueOf(v, { scope: "department", subject: "retail", measure: "refusedUpstairs" })).toBe(
      valueOf(v, { scope: "overall", measure: "refusedUpstairs" }),
    );
    expect(
      valueOf(v, {
        scope: "department",
        subject: "retail",
        measure: "lostClients",
        breakdown: { kind: "cause", value: "refusedUpstairs" },
      }),
    ).toBe(
      valueOf(v, { scope: "overall", measure: "lostClients", breakdown: { kind: "cause", value: "refusedUpstairs" } }),
    );
  });
});

describe("a lost call back to a lead", () => {
  it("is a lost client, not a retry on a channel no rule routes (the run completes)", () => {
    const spec = defaultWith((d) => {
      d.calendar.atClosing = "lose-waiting";
      const callers = d.pools.find((p: any) => p.name === "cold callers");
      callers.outbound.leadProbability = 0.9;
      callers.outbound.answerProbability = 0.9;
      callers.staff.push(
        { ...callers.staff[0], name: "Cold caller 2" },
        { ...callers.staff[0], name: "Cold caller 3" },
      );
    });
    const v = runReplication(spec, "lead", 1).values;
    expect(valueOf(v, { scope: "channel", subject: "lead call", measure: "lostClients" })!).toBeGreaterThan(0);
  });
});
