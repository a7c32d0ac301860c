import { describe, expect, it } from "vitest";
import { binomialInterval } from "../../../engine/calibration/binomialInterval.js";

describe("binomialInterval(successes, trials, confidence)", () => {
  it("gives the textbook Clopper-Pearson limits: 0 of 10 [0, 0.3085], 5 of 10 [0.1871, 0.8129]", () => {
    const [l0, h0] = binomialInterval(0, 10, 0.95);
    expect(l0).toBe(0);
    expect(h0).toBeCloseTo(0.3085, 4);
    const [l, h] = binomialInterval(5, 10, 0.95);
    expect(l).toBeCloseTo(0.1871, 4);
    expect(h).toBeCloseTo(0.8129, 4);
    expect(binomialInterval(10, 10, 0.95)[1]).toBe(1);
  });

  it("refuses more successes than trials", () => {
    expect(() => binomialInterval(3, 2, 0.95)).toThrow(/binomialInterval requires/);
  });
});
