import { describe, expect, it } from "vitest";
import { durationTicks } from "../../../viz/charts/ticks.js";

describe("duration ticks", () => {
  it("step by round durations and stop at the longest time", () => {
    expect(durationTicks(530)).toEqual([0, 120, 240, 360, 480]);
    expect(durationTicks(45)).toEqual([0, 10, 20, 30, 40]);
    expect(durationTicks(3 * 3600)).toEqual([0, 1800, 3600, 5400, 7200, 9000, 10800]);
  });
});
