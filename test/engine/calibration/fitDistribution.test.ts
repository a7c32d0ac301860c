import { describe, expect, it } from "vitest";
import { fitExponential } from "../../../engine/calibration/fitExponential.js";
import { fitGamma } from "../../../engine/calibration/fitGamma.js";
import { fitLognormal } from "../../../engine/calibration/fitLognormal.js";
import { fitTriangular } from "../../../engine/calibration/fitTriangular.js";
import { fitUniform } from "../../../engine/calibration/fitUniform.js";
import { fitDistribution } from "../../../engine/calibration/fitDistribution.js";
import { digamma } from "../../../engine/calibration/digamma.js";
import { createSampler, type DistributionInput } from "../../../engine/random/index.js";
import { gammaQuantile } from "../../../engine/stats/index.js";

/** n values at the quantiles (i + 0.5) / n of a distribution: a sample with no noise. */
const grid = (input: DistributionInput, n: number) => {
  const s = createSampler(input);
  return Array.from({ length: n }, (_, i) => s.quantile((i + 0.5) / n));
};

describe("the maximum-likelihood fit of each family", () => {
  it("exponential: the mean is the sample mean, ln L = -n ln(mean) - n, and the interval is exact chi-square", () => {
    const f = fitExponential([1, 2, 3], 0.95);
    expect(f.parameters.mean).toBe(2);
    expect(f.logLikelihood).toBeCloseTo(-3 * Math.log(2) - 3, 12);
    expect(f.intervals.mean![0]).toBeCloseTo(6 / gammaQuantile(0.975, 3), 12);
    expect(f.intervals.mean![1]).toBeCloseTo(6 / gammaQuantile(0.025, 3), 12);
  });

  it("lognormal: recovers the mean and cv of a noiseless lognormal sample", () => {
    const f = fitLognormal(grid({ kind: "lognormal", mean: 180, cv: 0.8 }, 4000), 0.95)!;
    expect(f.parameters.mean).toBeCloseTo(180, -0.5);
    expect(f.parameters.cv).toBeCloseTo(0.8, 2);
    expect(f.intervals.mean![0]).toBeLessThan(180);
    expect(f.intervals.mean![1]).toBeGreaterThan(180);
  });

  it("gamma: the shape solves ln k - ψ(k) = ln(mean) - mean(ln x)", () => {
    const sample = [12, 30, 45, 60, 61, 90, 150, 200];
    const f = fitGamma(sample, 0.95)!;
    const k = 1 / f.parameters.cv! ** 2;
    const mean = sample.reduce((a, b) => a + b) / sample.length;
    const meanLog = sample.reduce((a, b) => a + Math.log(b), 0) / sample.length;
    expect(f.parameters.mean).toBeCloseTo(mean, 12);
    expect(Math.log(k) - digamma(k)).toBeCloseTo(Math.log(mean) - meanLog, 10);
  });

  it("gamma: recovers the mean and cv of a noiseless gamma sample", () => {
    const f = fitGamma(grid({ kind: "gamma", mean: 360, cv: 0.5 }, 4000), 0.95)!;
    expect(f.parameters.mean).toBeCloseTo(360, 0);
    expect(f.parameters.cv).toBeCloseTo(0.5, 2);
  });

  it("uniform: the ends are the sample's extremes; triangular: ends just beyond them and a mode inside", () => {
    const u = fitUniform([2, 5, 9, 10], 0.95)!;
    expect(u.parameters).toEqual({ min: 2, max: 10 });
    expect(u.logLikelihood).toBeCloseTo(-4 * Math.log(8), 12);
    const t = fitTriangular(grid({ kind: "triangular", min: 10, mode: 30, max: 100 }, 2000))!;
    // the grid's extremes lie 0.7 and 1.2 inside the true ends
    expect(t.parameters.min).toBeGreaterThan(9);
    expect(t.parameters.min).toBeLessThan(11);
    expect(t.parameters.max).toBeGreaterThan(98);
    expect(t.parameters.max).toBeLessThan(101);
    expect(t.parameters.mode).toBeCloseTo(30, -1);
  });

  it("a family that needs positive, spread values is not fitted to others", () => {
    expect(fitLognormal([0, 1, 2], 0.95)).toBeNull();
    expect(fitGamma([3, 3, 3], 0.95)).toBeNull();
    expect(fitUniform([3, 3, 3], 0.95)).toBeNull();
  });
});

describe("fitDistribution(sample, confidence)", () => {
  it("chooses the family the sample came from by the smallest BIC, with small KS distances for it", () => {
    for (const input of [
      { kind: "lognormal", mean: 180, cv: 0.8 },
      { kind: "gamma", mean: 360, cv: 0.5 },
      { kind: "exponential", mean: 60 },
      { kind: "uniform", min: 30, max: 90 },
    ] as const) {
      const fit = fitDistribution(grid(input, 3000), 0.95)!;
      expect(fit.chosen, input.kind).toBe(input.kind);
      expect(fit.fits[0]!.ks).toBeLessThan(fit.ksCritical95 / 4);
      expect(fit.fits.map((f) => f.bic)).toEqual([...fit.fits.map((f) => f.bic)].sort((a, b) => a - b));
    }
  });

  it("says why deterministic and empirical are not fitted, and needs at least 5 values", () => {
    const fit = fitDistribution([1, 2, 3, 4, 5], 0.95)!;
    expect(Object.keys(fit.notFitted)).toEqual(expect.arrayContaining(["deterministic", "empirical"]));
    expect(fitDistribution([1, 2, 3, 4], 0.95)).toBeNull();
  });
});
