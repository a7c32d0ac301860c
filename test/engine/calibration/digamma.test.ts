import { describe, expect, it } from "vitest";
import { digamma, trigamma } from "../../../engine/calibration/digamma.js";

describe("digamma(x) and trigamma(x)", () => {
  it("give ψ(1) = -γ, ψ(1/2) = -γ - 2 ln 2, ψ'(1) = π²/6 and ψ'(1/2) = π²/2", () => {
    const gamma = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-gamma, 11);
    expect(digamma(0.5)).toBeCloseTo(-gamma - 2 * Math.LN2, 11);
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 11);
    expect(trigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 11);
  });

  it("keep the recurrence ψ(x + 1) = ψ(x) + 1/x", () => {
    for (const x of [0.1, 2.5, 7, 40]) expect(digamma(x + 1)).toBeCloseTo(digamma(x) + 1 / x, 11);
  });
});
