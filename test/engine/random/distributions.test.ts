import { describe, expect, it } from "vitest";
import { createSampler, normalQuantile, type DistributionInput } from "../../../engine/random/index.js";
import { namedStream } from "../../../engine/random/index.js";

const CASES: DistributionInput[] = [
  { kind: "exponential", mean: 60 },
  { kind: "deterministic", value: "2 min" },
  { kind: "lognormal", mean: 300, cv: 0.8 },
  { kind: "gamma", mean: 120, cv: 0.5 },
  { kind: "gamma", mean: 120, cv: 2 },
  { kind: "uniform", min: 30, max: 90 },
  { kind: "triangular", min: 10, mode: 20, max: 60 },
  { kind: "empirical", values: [10, 20, 60], weights: [1, 2, 1] },
];

describe("distributions", () => {
  for (const input of CASES) {
    it(`${JSON.stringify(input)}: sample mean and variance agree with the stated ones`, () => {
      const s = createSampler(input);
      const u = namedStream("dist", 1, input.kind);
      const n = 200_000;
      let sum = 0;
      let sum2 = 0;
      for (let i = 0; i < n; i++) {
        const x = s.quantile(u());
        sum += x;
        sum2 += x * x;
      }
      const mean = sum / n;
      const variance = sum2 / n - mean * mean;
      const se = Math.sqrt(s.variance / n);
      expect(Math.abs(mean - s.mean)).toBeLessThanOrEqual(4 * se + 1e-9);
      expect(variance).toBeCloseTo(s.variance, -Math.floor(Math.log10(s.variance + 1)) + 1);
      if (s.variance > 0) expect(Math.abs(variance / s.variance - 1)).toBeLessThan(0.06);
    });
  }

  it("lognormal and gamma keep the mean they are given in readable units", () => {
    expect(createSampler({ kind: "lognormal", mean: "5 min", cv: 1 }).mean).toBe(300);
    expect(createSampler({ kind: "gamma", mean: "1h", cv: 1 }).mean).toBe(3600);
  });

  it("uniform and triangular name the broken rule", () => {
    expect(() => createSampler({ kind: "uniform", min: 9, max: 3 })).toThrow(/max >= min/);
    expect(() => createSampler({ kind: "triangular", min: 1, mode: 9, max: 3 })).toThrow(/min <= mode <= max/);
  });
});

describe("normalQuantile", () => {
  it("gives the same bits as when its coefficients were read from arrays", () => {
    const pinned: [number, number][] = [
      [1e-9, -5.997807015295328],
      [0.01, -2.326347874388028],
      [0.02425, -1.9729610490848712],
      [0.3, -0.5244005132792953],
      [0.5, 0],
      [0.975, 1.959963986120195],
      [0.999, 3.090232304709404],
    ];
    for (const [p, z] of pinned) expect(normalQuantile(p)).toBe(z);
  });

  it("matches tabulated values to 1e-8", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 8);
    expect(normalQuantile(0.999999)).toBeCloseTo(4.753424308822899, 7);
  });
});
