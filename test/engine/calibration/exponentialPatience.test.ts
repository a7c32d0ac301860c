import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exponentialPatience } from "../../../engine/calibration/exponentialPatience.js";
import { poissonInterval } from "../../../engine/calibration/poissonInterval.js";

describe("exponentialPatience(observations, confidence)", () => {
  it("is abandons over total time waited: 3 hang-ups in 300 s waited by all callers give a mean of 100 s", () => {
    const p = exponentialPatience(
      [
        { time: 30, event: true },
        { time: 50, event: true },
        { time: 100, event: true },
        { time: 20, event: false },
        { time: 100, event: false },
      ],
      0.95,
    );
    expect(p.abandoned).toBe(3);
    expect(p.answered).toBe(2);
    expect(p.totalWait).toBe(300);
    expect(p.mean).toBe(100);
    const [low, high] = poissonInterval(3, 300, 0.95);
    expect(p.interval).toEqual([1 / high, 1 / low]);
  });

  it("has no mean when nobody hung up (patience longer than every wait seen)", () => {
    const p = exponentialPatience([{ time: 5, event: false }], 0.95);
    expect(p.mean).toBeNull();
    expect(p.interval).toBeNull();
  });

  it("is the sample mean when nobody was answered, and the interval holds it (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 1000, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (waits) => {
          const p = exponentialPatience(
            waits.map((time) => ({ time, event: true })),
            0.95,
          );
          const mean = waits.reduce((s, w) => s + w, 0) / waits.length;
          expect(p.mean).toBeCloseTo(mean, 6);
          expect(p.interval![0]).toBeLessThan(mean);
          expect(p.interval![1]).toBeGreaterThan(mean);
        },
      ),
      { seed: 16, verbose: 1 },
    );
  });
});
