import { describe, expect, it } from "vitest";
import {
  estimateMean,
  gammaQuantile,
  regularizedBeta,
  regularizedGammaP,
  studentTQuantile,
} from "../../../engine/stats/index.js";
import { regularizedGammaPOfLog } from "../../../engine/stats/regularizedGamma.js";
import { gammaln } from "simple-statistics";

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

  it("regularizedGammaPOfLog, given ln x, is regularizedGammaP to the bit", () => {
    for (const a of [0.3, 1, 2.5, 4, 40]) {
      for (const x of [1e-8, 0.2, 1, 3.4, 5, 12, 80]) {
        expect(regularizedGammaPOfLog(a, x, Math.log(x), gammaln(a))).toBe(regularizedGammaP(a, x));
      }
    }
  });

  it("gammaQuantile gives the same bits as before ln x was shared between P and the density", () => {
    const pinned: [number, number, number][] = [
      [1e-9, 0.3, 6.97269909640943e-31],
      [0.01, 0.3, 1.502222655236043e-7],
      [0.3, 0.3, 0.012726657769948715],
      [0.5, 0.3, 0.07313113586695208],
      [0.9, 0.3, 0.884810773360251],
      [0.999999, 0.3, 10.984835632114413],
      [1e-9, 2.7777777777777777, 0.0009947778490330757],
      [0.01, 2.7777777777777777, 0.3620858336021355],
      [0.3, 2.7777777777777777, 1.7287105058556906],
      [0.5, 2.7777777777777777, 2.4524986411053193],
      [0.9, 2.7777777777777777, 5.011890027036795],
      [0.999999, 2.7777777777777777, 18.60989131347062],
      [1e-9, 4, 0.012477753124183049],
      [0.01, 4, 0.8232486863453852],
      [0.3, 4, 2.763711042612648],
      [0.5, 4, 3.672060748850897],
      [0.9, 4, 6.680783068255861],
      [0.999999, 4, 21.350456963198063],
      [1e-9, 5, 0.04157613724276548],
      [0.01, 5, 1.2791060800936838],
      [0.3, 5, 3.6336090829638024],
      [0.5, 5, 4.67090888279598],
      [0.9, 5, 7.993589586052631],
      [0.999999, 5, 23.4315234233891],
      [1e-9, 40, 12.823174448352049],
      [0.01, 40, 26.770038645539405],
      [0.3, 40, 36.457671156938126],
      [0.5, 40, 39.667165010689],
      [0.9, 40, 48.28910180763351],
      [0.999999, 40, 77.54026115406246],
    ];
    for (const [p, shape, x] of pinned) expect(gammaQuantile(p, shape)).toBe(x);
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
