import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel } from "../../../engine/scenario/index.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";

/** Sum of an agent figure over the people of the pools named. */
function sumOver(values: Record<string, number | null>, pools: string[], figure: string): number {
  let total = 0;
  for (const [key, v] of Object.entries(values)) {
    const m = /^agent\.([^.]+)\.[^.]+\.([A-Za-z]+)$/.exec(key);
    if (m !== null && pools.includes(m[1]!) && m[2] === figure) total += v ?? 0;
  }
  return total;
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
        expect(v[`department.${department}.revenue`]).toBeCloseTo(sumOver(v, [...pools], "revenue"), 6);
        expect(v[`department.${department}.deals`]).toBe(sumOver(v, [...pools], "deals"));
        expect(v[`department.${department}.served`]).toBe(sumOver(v, [...pools], "served"));
        expect(v[`pool.${pools[0]}.served`]).toBe(sumOver(v, [...pools], "served"));
      }
      if (policy !== "serve") expect(v["department.current sales.revenue"]!).toBeGreaterThan(0);
      // The whole company's revenue is the sum of its departments'.
      expect((v["department.current sales.revenue"] ?? 0) + (v["department.retail.revenue"] ?? 0)).toBeCloseTo(
        v["overall.revenue"]!,
        6,
      );
    });
  }
});
