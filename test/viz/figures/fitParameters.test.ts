import { describe, expect, it } from "vitest";
import { fitParameters } from "../../../viz/figures/index.js";
import type { FamilyFit } from "../../../engine/results/index.js";

const fit = {
  kind: "lognormal",
  parameters: { mean: 179.6, cv: 0.802 },
  intervals: { mean: [172.7, 186.9], cv: [0.768, 0.84] },
} as unknown as FamilyFit;

describe("fitParameters(fit, number, lang)", () => {
  it("names the parameters by their codes in English, intervals apart by a comma", () => {
    expect(fitParameters(fit, String)).toBe("mean 179.6 [172.7, 186.9], cv 0.802 [0.768, 0.84]");
  });

  it("names them in Russian, the bounds apart by a semicolon (the comma is the decimal sign)", () => {
    const comma = (v: number) => String(v).replace(".", ",");
    expect(fitParameters(fit, comma, "ru")).toBe("среднее 179,6 [172,7; 186,9], cv 0,802 [0,768; 0,84]");
  });
});
