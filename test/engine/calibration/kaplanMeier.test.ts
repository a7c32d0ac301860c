import { describe, expect, it } from "vitest";
import { kaplanMeier, survivalMedian } from "../../../engine/calibration/kaplanMeier.js";

// A hand-worked example: six callers; hung up at 1, 3, 3 and 5 s; answered at 2 and 4 s.
const calls = [
  { time: 1, event: true },
  { time: 2, event: false },
  { time: 3, event: true },
  { time: 3, event: true },
  { time: 4, event: false },
  { time: 5, event: true },
];

describe("kaplanMeier(observations, confidence)", () => {
  it("falls by 1 - d/n at each hang-up: 5/6 at 1 s, 5/12 at 3 s, 0 at 5 s", () => {
    const points = kaplanMeier(calls, 0.95);
    expect(points.map((p) => [p.time, p.atRisk, p.events])).toEqual([
      [1, 6, 1],
      [3, 4, 2],
      [5, 1, 1],
    ]);
    expect(points[0]!.survival).toBeCloseTo(5 / 6, 12);
    expect(points[1]!.survival).toBeCloseTo(5 / 12, 12);
    expect(points[2]!.survival).toBe(0);
    expect(survivalMedian(points)).toBe(3);
  });

  it("puts Greenwood's variance on the log(-log) scale: at 3 s, Σ d/(n(n-d)) = 1/30 + 1/4", () => {
    const s = 5 / 12;
    const se = Math.sqrt(1 / 30 + 1 / 4) / Math.abs(Math.log(s));
    const [low, high] = kaplanMeier(calls, 0.95)[1]!.interval;
    expect(low).toBeCloseTo(Math.pow(s, Math.exp(1.959964 * se)), 5);
    expect(high).toBeCloseTo(Math.pow(s, Math.exp(-1.959964 * se)), 5);
    expect(low).toBeLessThan(s);
    expect(high).toBeGreaterThan(s);
  });

  it("counts a caller answered at the moment another hangs up as still at risk then", () => {
    const points = kaplanMeier(
      [
        { time: 2, event: false },
        { time: 2, event: true },
      ],
      0.95,
    );
    expect(points).toHaveLength(1);
    expect(points[0]!.atRisk).toBe(2);
    expect(points[0]!.survival).toBe(0.5);
  });

  it("has no median when fewer than half hang up", () => {
    expect(
      survivalMedian(kaplanMeier([{ time: 1, event: true }, ...calls.slice(1, 2), { time: 9, event: false }], 0.95)),
    ).toBeNull();
  });
});
