import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel } from "../../../engine/scenario/index.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";
import { type Measure, type ReplicationRow, sumWhere, valueOf } from "../../../engine/results/index.js";

/** Sum of a person's figure over the people of the pools named. */
function sumOver(values: ReplicationRow[], pools: string[], figure: Measure): number {
  return pools.reduce(
    (a, pool) => a + sumWhere(values, { scope: "person", pool, measure: figure, breakdown: null }),
    0,
  );
}

describe("department and pool figures", () => {
  for (const policy of ["summon", "escort", "serve"] as const) {
    it(`${policy}: are what the department's people did, whoever answered first`, () => {
      const v = runReplication(
        buildModel(repeatWalkIns({ policy, walkSeconds: 60, operators: 3, manager: "least-workload" })),
        "dept",
        1,
      ).values;
      for (const [department, pools] of [
        ["current sales", ["operators"]],
        ["retail", ["consultants"]],
      ] as const) {
        expect(valueOf(v, { scope: "department", subject: department, measure: "revenue" })).toBeCloseTo(
          sumOver(v, [...pools], "revenue"),
          6,
        );
        expect(valueOf(v, { scope: "department", subject: department, measure: "deals" })).toBe(
          sumOver(v, [...pools], "deals"),
        );
        expect(valueOf(v, { scope: "department", subject: department, measure: "served" })).toBe(
          sumOver(v, [...pools], "served"),
        );
        expect(valueOf(v, { scope: "pool", subject: pools[0], measure: "served" })).toBe(
          sumOver(v, [...pools], "served"),
        );
      }
      if (policy !== "serve")
        expect(valueOf(v, { scope: "department", subject: "current sales", measure: "revenue" })!).toBeGreaterThan(0);
      // The whole company's revenue is the sum of its departments'.
      expect(
        (valueOf(v, { scope: "department", subject: "current sales", measure: "revenue" }) ?? 0) +
          (valueOf(v, { scope: "department", subject: "retail", measure: "revenue" }) ?? 0),
      ).toBeCloseTo(valueOf(v, { scope: "overall", measure: "revenue" })!, 6);
    });
  }
});
