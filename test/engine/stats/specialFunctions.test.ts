import { describe, expect, it } from "vitest";
import {
  estimateMean,
  gammaQuantile,
  regularizedBeta,
  regularizedGammaP,
  studentTQuantile,
} from "../../../engine/stats/index.js";

describe("studentTQuantile", () => {
  it("matches t tables", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.2622, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 4);
    expect(studentTQuantile(0.025, 4)).toBeCloseTo(-2.7764, 4);
  });
});

describe("regularized incomplete functions", () => {
  it("P(1, x) is the exponential CDF and I_x(1, 1) is x", () => {
    expect(regularizedGammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
  });

  it("gammaQuantile inverts P(shape, x)", () => {
    for (const shape of [0.25, 1, 4, 50]) {
      for (const p of [0.001, 0.3, 0.5, 0.99]) {
        expect(regularizedGammaP(shape, gammaQuantile(p, shape))).toBeCloseTo(p, 9);
      }
    }
  });
});

describe("estimateMean", () => {
  it("gives the Student t interval of independent replications", () => {
    const e = estimateMean([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.se).toBeCloseTo(Math.sqrt(2.5 / 5), 12);
    expect(e.ci95[1] - e.mean).toBeCloseTo(2.7764451 * e.se, 5);
  });

  it("has a zero-width interval for one replication and refuses none", () => {
    expect(estimateMean([7]).ci95).toEqual([7, 7]);
    expect(() => estimateMean([])).toThrow(/at least one observation/);
  });
});
