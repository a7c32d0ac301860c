import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";

function withAdmins(oneForBoth: boolean) {
  const d = JSON.parse(JSON.stringify(company()));
  d.walking = { betweenFloors: { kind: "deterministic", value: 60 } };
  const duties = (departments: string[]) => ({
    departments,
    approveDealsOver: { value: 50_000, time: { kind: "deterministic", value: "3 min" } },
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
    const complaints = t.events.filter(([, what]) => what === "complaint").length;
    const lost = t.events.filter(([, what]) =>
      ["abandoned", "balked", "transferUnanswered", "linesBusy"].includes(what),
    ).length;
    expect(complaints / lost).toBeGreaterThan(0.3);
    expect(complaints / lost).toBeLessThan(0.7);
    const v = out.values;
    expect(v["approvals.admins.arrivals"] as number).toBeGreaterThan(0);
    expect(v["agent.admins.Alla.share.serving"] as number).toBeGreaterThan(0);
  });

  it("one admin over two floors walks to retail's floor; one each does not", () => {
    const one = withAdmins(true).values;
    const two = withAdmins(false).values;
    expect(one["agent.admins.Alla.share.walking"] as number).toBeGreaterThan(0);
    expect(two["agent.retail admin.Rada.share.walking"]).toBe(0);
    expect(one["money.wages"] as number).toBeLessThan(two["money.wages"] as number);
  });
});
