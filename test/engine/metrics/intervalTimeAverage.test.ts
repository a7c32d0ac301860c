import { describe, expect, it } from "vitest";
import { IntervalTimeAverage } from "../../../engine/metrics/index.js";

describe("IntervalTimeAverage", () => {
  it("integrates a level over the window and splits it across intervals of the day", () => {
    const ta = new IntervalTimeAverage(1800, 48);
    ta.set(2, 0);
    ta.start(900);
    ta.set(4, 2700); // 2 × 1800 s before
    ta.stop(3600); // 4 × 900 s after
    expect(ta.area).toBe(2 * 1800 + 4 * 900);
    expect(ta.areaByInterval[0]).toBe(2 * 900);
    expect(ta.areaByInterval[1]).toBe(2 * 900 + 4 * 900);
  });

  it("ignores changes outside the window", () => {
    const ta = new IntervalTimeAverage(3600, 24);
    ta.set(5, 0);
    ta.set(1, 100);
    expect(ta.area).toBe(0);
  });
});
