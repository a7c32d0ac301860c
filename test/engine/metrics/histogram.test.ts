import { quantileSorted } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { Histogram } from "../../../engine/metrics/index.js";
import { namedStream } from "../../../engine/random/index.js";

describe("Histogram", () => {
  it("reads percentiles within 2% of the exact sample percentile", () => {
    const u = namedStream("h", 1, "x");
    const h = new Histogram();
    const values: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const v = u() < 0.3 ? 0 : -60 * Math.log(1 - u());
      values.push(v);
      h.add(v);
    }
    values.sort((a, b) => a - b);
    for (const q of [0.5, 0.8, 0.9, 0.95, 0.99]) {
      const exact = quantileSorted(values, q);
      expect(Math.abs(h.quantile(q) - exact)).toBeLessThanOrEqual(0.02 * exact + 0.1);
    }
    expect(h.quantile(0.1)).toBe(0);
  });

  it("uses fixed memory and is NaN when empty", () => {
    const h = new Histogram();
    const size = h.counts.length;
    for (let i = 0; i < 10_000; i++) h.add(i);
    expect(h.counts.length).toBe(size);
    expect(new Histogram().quantile(0.5)).toBeNaN();
  });
});
