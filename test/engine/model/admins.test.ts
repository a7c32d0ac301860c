import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { valueOf } from "../../../engine/results/index.js";

function withAdmins(oneForBoth: boolean, clientWaits = false) {
  const d = JSON.parse(JSON.stringify(company()));
  d.walking = { betweenFloors: { kind: "deterministic", value: 60 } };
  const duties = (departments: string[]) => ({
    departments,
    approveDealsOver: { value: 50_000, time: { kind: "deterministic", value: "3 min" }, clientWaits },
    complaints: { share: 0.5, time: { kind: "deterministic", value: "5 min" } },
  });
  if (oneForBoth) {
    d.pools.push({
      name: "admins",
      department: "current sales",
      staff: [{ name: "Alla", role: "admin", hourlyCost: 600 }],
      duties: duties(["current sales", "retail"]),
    });
  } else {
    d.pools.push({
      name: "cs admin",
      department: "current sales",
      staff: [{ name: "Alla", role: "admin", hourlyCost: 600 }],
      duties: duties(["current sales"]),
    });
    d.pools.push({
      name: "retail admin",
      department: "retail",
      staff: [{ name: "Rada", role: "admin", hourlyCost: 600 }],
      duties: duties(["retail"]),
    });
  }
  d.trace = { replication: 1, maxEvents: 1_000_000, from: "start" };
  return runReplication(buildModel(parseScenario(d)), "adm", 1);
}

describe("admins with duties", () => {
  it("approve every deal over the threshold in the departments they run, and take a share of complaints", () => {
    const out = withAdmins(true);
    const t = out.trace!;
    const deals = t.events.filter(([, what]) => what === "deal");
    const approvals = t.events.filter(([, what]) => what === "approval");
    expect(approvals.length).toBeGreaterThan(5);
    expect(approvals.length).toBeLessThan(deals.length);
    // Half of the clients the two departments lose for good (not of their lost contacts) complain.
    const v = out.values;
    const complaints = valueOf(v, { scope: "complaints", subject: "admins", measure: "arrivals" })!;
    const lost =
      valueOf(v, { scope: "department", subject: "current sales", measure: "lostClients" })! +
      valueOf(v, { scope: "department", subject: "retail", measure: "lostClients" })!;
    expect(complaints / lost).toBeGreaterThan(0.3);
    expect(complaints / lost).toBeLessThan(0.7);
    expect(complaints).toBeLessThan(
      valueOf(v, { scope: "department", subject: "current sales", measure: "lostContacts" })! +
        valueOf(v, { scope: "department", subject: "retail", measure: "lostContacts" })!,
    );
    expect(valueOf(v, { scope: "approvals", subject: "admins", measure: "arrivals" }) as number).toBeGreaterThan(0);
    expect(
      valueOf(v, {
        scope: "person",
        subject: "Alla",
        pool: "admins",
        measure: "share",
        breakdown: { kind: "state", value: "serving" },
      }) as number,
    ).toBeGreaterThan(0);
  });

  it("one admin over two floors walks to retail's floor; one each does not", () => {
    const one = withAdmins(true).values;
    const two = withAdmins(false).values;
    expect(
      valueOf(one, {
        scope: "person",
        subject: "Alla",
        pool: "admins",
        measure: "share",
        breakdown: { kind: "state", value: "walking" },
      }) as number,
    ).toBeGreaterThan(0);
    expect(
      valueOf(two, {
        scope: "person",
        subject: "Rada",
        pool: "retail admin",
        measure: "share",
        breakdown: { kind: "state", value: "walking" },
      }),
    ).toBe(0);
    expect(valueOf(one, { scope: "money", measure: "wages" }) as number).toBeLessThan(
      valueOf(two, { scope: "money", measure: "wages" }) as number,
    );
  });
});

describe("complaints", () => {
  /**
   * Every lost client complains to one admin over both departments (no approvals), with the
   * summon rule on; `adjust` changes the company first.
   */
  function complaints(adjust: (d: any) => void) {
    const d = JSON.parse(JSON.stringify(company()));
    d.walking = { betweenFloors: { kind: "deterministic", value: 60 } };
    adjust(d);
    d.pools.push({
      name: "admins",
      department: "current sales",
      staff: [{ name: "Alla", role: "admin", hourlyCost: 600 }],
      duties: {
        departments: ["current sales", "retail"],
        complaints: { share: 1, time: { kind: "deterministic", value: "2 min" } },
      },
    });
    d.repeatWalkIn = { owner: "current sales", at: "consultants", to: "operators", policy: "summon" };
    d.trace = { replication: 1, maxEvents: 1_000_000, from: "start" };
    const out = runReplication(buildModel(parseScenario(d)), "adm", 1);
    const alla = out.trace!.agents.indexOf("Alla");
    const byAlla = (what: string) => out.trace!.events.filter(([, w, , agent]) => w === what && agent === alla);
    expect(out.trace!.events.filter(([, what]) => what === "complaint").length).toBeGreaterThan(10);
    return { out, byAlla };
  }

  it("from a phone caller are taken at the admin's desk: the admin never walks to floor 1 for them", () => {
    // Only phone clients: walk-ins off.
    const { out, byAlla } = complaints((d) => {
      for (const a of d.arrivals) if (a.channel === "walk-in") a.ratePerHour = 0;
      for (const g of d.segments) if (g.clientele) g.clientele.channels = { call: 1 };
    });
    expect(byAlla("walk")).toEqual([]);
    expect(
      valueOf(out.values, {
        scope: "person",
        subject: "Alla",
        pool: "admins",
        measure: "share",
        breakdown: { kind: "state", value: "walking" },
      }),
    ).toBe(0);
  });

  it("never summon a manager: a complaint is a task, not the client's repeat walk-in", () => {
    // Registered wholesale clients who walk in and find a queue leave at once (and complain).
    const { byAlla } = complaints((d) => {
      d.arrivals[5].balking = { kind: "queue-threshold", waiting: 1, probability: 1 };
      d.segments[1].clientele.channels = { "walk-in": 1 };
    });
    expect(byAlla("summon-call")).toEqual([]);
  });
});

describe("a client waiting for an admin's approval", () => {
  it("keeps the one who served them until the admin approves; then the client pays", () => {
    const out = withAdmins(true, true);
    const t = out.trace!;
    const waits = t.events.filter(([, what]) => what === "waits-for-approval");
    const approved = new Map(t.events.filter(([, what]) => what === "approved").map((e) => [e[2], e]));
    expect(waits.length).toBeGreaterThan(5);
    for (const [time, , id, agent] of waits) {
      const done = approved.get(id);
      if (done === undefined) continue; // still waiting when the run ended
      // The same agent, at least the approval's 3 minutes later, still serving meanwhile.
      expect(done[3]).toBe(agent);
      expect(done[0] - time).toBeGreaterThanOrEqual(180 - 1e-9);
      const between = t.events.filter(
        ([at, w, , a]) => a === agent && at > time && at < done[0] && w.startsWith("state:"),
      );
      expect(between).toEqual([]);
    }
  });

  it("is off by default: nobody waits, and the admin's load cannot delay a sale", () => {
    const t = withAdmins(true).trace!;
    expect(t.events.some(([, what]) => what === "waits-for-approval")).toBe(false);
    expect(t.events.filter(([, what]) => what === "approval").length).toBeGreaterThan(5);
  });
});
