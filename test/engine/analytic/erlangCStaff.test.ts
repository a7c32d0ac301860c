import { describe, expect, it } from "vitest";
import { erlangC, erlangCStaff } from "../../../engine/analytic/index.js";

describe("Erlang C staffing", () => {
  it("gives 9 staff for 120 calls an hour of 3 minutes at 80% within 20 s (8 give 71%)", () => {
    expect(erlangCStaff(6, 180, 20, 0.8)).toBe(9);
    const sl = (n: number) => 1 - erlangC(n, 6) * Math.exp((-(n - 6) * 20) / 180);
    expect(sl(8)).toBeCloseTo(0.714, 3);
    expect(sl(9)).toBeCloseTo(0.86, 2);
  });

  it("needs no one without load, and more staff for a stricter target", () => {
    expect(erlangCStaff(0, 180, 20, 0.8)).toBe(0);
    expect(erlangCStaff(6, 180, 20, 0.95)).toBeGreaterThan(erlangCStaff(6, 180, 20, 0.8));
    // One person alone answers 1 - 0.3 exp(-0.7 x 20 / 60) = 76% within 20 s: short of 80%.
    expect(erlangCStaff(0.3, 60, 20, 0.8)).toBe(2);
  });

  it("names the broken rule for a share outside (0, 1) or a handling time of zero", () => {
    expect(() => erlangCStaff(6, 180, 20, 1)).toThrow("erlangCStaff requires a share in (0, 1), got 1");
    expect(() => erlangCStaff(6, 0, 20, 0.8)).toThrow("erlangCStaff requires a positive handling time, got 0");
  });
});
