import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cumulativeShares, pickShare } from "../../../engine/random/index.js";

describe("cumulativeShares", () => {
  it("turns relative shares into bounds that end at exactly 1", () => {
    expect(cumulativeShares([1, 1, 2])).toEqual([0.25, 0.5, 1]);
  });

  it("refuses shares that add up to nothing", () => {
    expect(() => cumulativeShares([0, 0])).toThrow(/more than 0/);
  });
});

describe("pickShare", () => {
  it("picks the first option whose bound lies above the uniform", () => {
    const bounds = cumulativeShares([1, 1, 2]);
    expect(pickShare(bounds, 0)).toBe(0);
    expect(pickShare(bounds, 0.25)).toBe(1);
    expect(pickShare(bounds, 0.49)).toBe(1);
    expect(pickShare(bounds, 0.999)).toBe(2);
  });

  it("never picks an option whose share is 0", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (u) => {
        expect(pickShare(cumulativeShares([2, 0, 3]), u)).not.toBe(1);
      }),
    );
  });
});
