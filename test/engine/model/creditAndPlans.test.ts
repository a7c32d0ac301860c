import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";
import { type ReplicationRow, type RowFilter, sumWhere, valueOf } from "../../../engine/results/index.js";

const sum = (v: ReplicationRow[], filter: RowFilter) => sumWhere(v, filter);

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
      expect(sum(v, { scope: "person", measure: "creditedRevenue" })).toBeCloseTo(
        valueOf(v, { scope: "overall", measure: "revenue" }) as number,
        4,
      );
      expect(sum(v, { scope: "person", measure: "creditedDeals" })).toBeCloseTo(
        valueOf(v, { scope: "overall", measure: "deals" }) as number,
        9,
      );
    }
  });

  it("the first contact policy moves visits' revenue from retail to the phone consultants of current sales", () => {
    const closer = withCredit("closer");
    const first = withCredit("first-contact");
    const split = withCredit("split");
    const cs = (v: ReplicationRow[]) =>
      valueOf(v, { scope: "department", subject: "current sales", measure: "creditedRevenue" }) as number;
    expect(cs(first)).toBeGreaterThan(cs(closer));
    expect(cs(split)).toBeCloseTo((cs(first) + cs(closer)) / 2, 2);
    expect(valueOf(closer, { scope: "department", subject: "retail", measure: "creditedRevenue" })).toBeCloseTo(
      valueOf(closer, { scope: "department", subject: "retail", measure: "revenue" }) as number,
      4,
    );
  });
});

describe("plans and KPIs", () => {
  it("attainment is credited revenue (deals) per 30 days over the plan; scores use the stated weights", () => {
    const v = withCredit("split");
    const months = (valueOf(v, { scope: "window", measure: "days" }) as number) / 30;
    const revenue = valueOf(v, { scope: "department", subject: "current sales", measure: "creditedRevenue" }) as number;
    const deals = valueOf(v, { scope: "department", subject: "current sales", measure: "creditedDeals" }) as number;
    expect(valueOf(v, { scope: "plan", subject: "current sales", measure: "revenueAttainment" })).toBeCloseTo(
      revenue / months / 2_000_000,
      9,
    );
    expect(valueOf(v, { scope: "plan", subject: "current sales", measure: "salesAttainment" })).toBeCloseTo(
      deals / months / 100,
      9,
    );
    const csScore =
      0.7 * (valueOf(v, { scope: "plan", subject: "current sales", measure: "revenueAttainment" }) as number) +
      0.3 * (valueOf(v, { scope: "plan", subject: "current sales", measure: "salesAttainment" }) as number);
    expect(valueOf(v, { scope: "plan", subject: "current sales", measure: "score" })).toBeCloseTo(csScore, 9);
    const retailScore = valueOf(v, { scope: "plan", subject: "retail", measure: "score" }) as number;
    expect(valueOf(v, { scope: "head", subject: "one admin", measure: "score" })).toBeCloseTo(
      (2 / 3) * csScore + (1 / 3) * retailScore,
      9,
    );
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
    const total = valueOf(v, { scope: "fines", measure: "fines" }) as number;
    expect(total).toBeGreaterThan(0);
    expect(sum(v, { scope: "person", measure: "fines", breakdown: null })).toBeCloseTo(total, 6);
    expect(sum(v, { scope: "department", measure: "fines" })).toBeCloseTo(total, 6);
    expect(
      (valueOf(v, {
        scope: "fines",
        measure: "fines",
        breakdown: { kind: "reason", value: "lateManager" },
      }) as number) +
        (valueOf(v, {
          scope: "fines",
          measure: "fines",
          breakdown: { kind: "reason", value: "notStartedConsultant" },
        }) as number) +
        (valueOf(v, {
          scope: "fines",
          measure: "fines",
          breakdown: { kind: "reason", value: "notStartedManager" },
        }) as number),
    ).toBeCloseTo(total, 6);
    expect(valueOf(v, { scope: "fines", measure: "fines", breakdown: { kind: "reason", value: "lateManager" } })).toBe(
      (valueOf(v, {
        scope: "fines",
        measure: "fineCount",
        breakdown: { kind: "reason", value: "lateManager" },
      }) as number) * 500,
    );
    // Every fine in the trace follows a broken rule: late at N, or not started at N.
    const t = out.trace!;
    const byContact = new Map<number, string[]>();
    for (const [, what, id] of t.events) byContact.set(id, [...(byContact.get(id) ?? []), what]);
    for (const events of byContact.values()) {
      if (events.includes("fine:lateManager")) {
        expect(events).not.toContain("manager-arrived");
        if (events.includes("manager-arrived-late"))
          expect(events.indexOf("manager-arrived-late")).toBeGreaterThan(events.indexOf("fine:lateManager"));
      }
      if (events.includes("fine:notStartedConsultant")) expect(events).toContain("not-started");
    }
  });

  it("are none when the rule is never broken (serve policy)", () => {
    const v = runReplication(buildModel(repeatWalkIns({ policy: "serve" })), "f", 1).values;
    expect(valueOf(v, { scope: "fines", measure: "fines" })).toBe(0);
  });
});
