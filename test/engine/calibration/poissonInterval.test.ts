import { describe, expect, it } from "vitest";
import { poissonInterval } from "../../../engine/calibration/poissonInterval.js";

describe("poissonInterval(count, exposure, confidence)", () => {
  it("gives the textbook exact (Garwood) limits: 0 events [0, 3.689], 10 events [4.795, 18.39]", () => {
    const [l0, h0] = poissonInterval(0, 1, 0.95);
    expect(l0).toBe(0);
    expect(h0).toBeCloseTo(3.6889, 3);
    const [l, h] = poissonInterval(10, 1, 0.95);
    expect(l).toBeCloseTo(4.7954, 3);
    expect(h).toBeCloseTo(18.3904, 3);
  });

  it("divides by the exposure: 10 events in 2 hours is 5 an hour", () => {
    const [l, h] = poissonInterval(10, 2, 0.95);
    expect(l).toBeCloseTo(4.7954 / 2, 3);
    expect(h).toBeCloseTo(18.3904 / 2, 3);
  });
});
