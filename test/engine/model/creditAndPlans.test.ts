import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";

const sum = (v: Record<string, number | null>, re: RegExp) =>
  Object.entries(v)
    .filter(([k]) => re.test(k))
    .reduce((a, [, x]) => a + (x as number), 0);

function withCredit(policy: "closer" | "first-contact" | "split") {
  const d = JSON.parse(JSON.stringify(company()));
  d.credit = { policy, firstContactShare: 0.5 };
  d.plans = [
    {
      department: "current sales",
      revenuePerMonth: 2_000_000,
      salesPerMonth: 100,
      weights: { revenue: 0.7, sales: 0.3 },
    },
    { department: "retail", revenuePerMonth: 1_000_000, salesPerMonth: 300, weights: { revenue: 0.5, sales: 0.5 } },
  ];
  d.heads = [{ name: "one admin", departments: { "current sales": 2, retail: 1 } }];
  return runReplication(buildModel(parseScenario(d)), "credit", 1).values;
}

describe("revenue credit (rule 5a)", () => {
  it("every policy credits exactly the revenue made, only shared differently", () => {
    for (const policy of ["closer", "first-contact", "split"] as const) {
      const v = withCredit(policy);
      expect(sum(v, /^agent\..*\.creditedRevenue$/)).toBeCloseTo(v["overall.revenue"] as number, 4);
      expect(sum(v, /^agent\..*\.creditedDeals$/)).toBeCloseTo(v["overall.deals"] as number, 9);
    }
  });

  it("the first contact policy moves visits' revenue from retail to the phone consultants of current sales", () => {
    const closer = withCredit("closer");
    const first = withCredit("first-contact");
    const split = withCredit("split");
    const cs = (v: Record<string, number | null>) => v["department.current sales.creditedRevenue"] as number;
    expect(cs(first)).toBeGreaterThan(cs(closer));
    expect(cs(split)).toBeCloseTo((cs(first) + cs(closer)) / 2, 2);
    expect(closer["department.retail.creditedRevenue"]).toBeCloseTo(closer["department.retail.revenue"] as number, 4);
  });
});

describe("plans and KPIs", () => {
  it("attainment is credited revenue (deals) per 30 days over the plan; scores use the stated weights", () => {
    const v = withCredit("split");
    const months = (v["window.days"] as number) / 30;
    const revenue = v["department.current sales.creditedRevenue"] as number;
    const deals = v["department.current sales.creditedDeals"] as number;
    expect(v["plan.current sales.revenueAttainment"]).toBeCloseTo(revenue / months / 2_000_000, 9);
    expect(v["plan.current sales.salesAttainment"]).toBeCloseTo(deals / months / 100, 9);
    const csScore =
      0.7 * (v["plan.current sales.revenueAttainment"] as number) +
      0.3 * (v["plan.current sales.salesAttainment"] as number);
    expect(v["plan.current sales.score"]).toBeCloseTo(csScore, 9);
    const retailScore = v["plan.retail.score"] as number;
    expect(v["head.one admin.score"]).toBeCloseTo((2 / 3) * csScore + (1 / 3) * retailScore, 9);
  });
});

describe("fines", () => {
  it("add up across people, reasons and departments, and are given only where a rule was broken", () => {
    const out = runReplication(
      buildModel(repeatWalkIns({ policy: "summon", walkSeconds: 300, consultants: 1, retailPerHour: 2.5 })),
      "f",
      1,
    );
    const v = out.values;
    const total = v["fines.total"] as number;
    expect(total).toBeGreaterThan(0);
    expect(sum(v, /^agent\..*\.fines$/)).toBeCloseTo(total, 6);
    expect(sum(v, /^department\..*\.fines$/)).toBeCloseTo(total, 6);
    expect(
      (v["fines.lateManager"] as number) +
        (v["fines.notStartedConsultant"] as number) +
        (v["fines.notStartedManager"] as number),
    ).toBeCloseTo(total, 6);
    expect(v["fines.lateManager"]).toBe((v["fines.count.lateManager"] as number) * 500);
    // Every fine in the trace follows a broken rule: late at N, or not started at N.
    const t = out.trace!;
    const byContact = new Map<number, string[]>();
    for (const [, what, id] of t.events) byContact.set(id, [...(byContact.get(id) ?? []), what]);
    for (const events of byContact.values()) {
      if (events.includes("fine:lateManager"))
        expect(
          events.includes("manager-arrived") && events.indexOf("manager-arrived") < events.indexOf("fine:lateManager"),
        ).toBe(false);
      if (events.includes("fine:notStartedConsultant")) expect(events).toContain("not-started");
    }
  });

  it("are none when the rule is never broken (serve policy)", () => {
    const v = runReplication(buildModel(repeatWalkIns({ policy: "serve" })), "f", 1).values;
    expect(v["fines.total"]).toBe(0);
  });
});
