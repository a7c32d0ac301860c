import { describe, expect, it } from "vitest";
import { judge } from "../../../viz/data/judgement.js";

const significant = (mean: number) => ({ mean, significant: true });

describe("judge(measure, difference)", () => {
  it("calls a significant fall of a measure where less is better (abandonment) better, and a rise worse", () => {
    expect(judge("pAbandon", significant(-0.04))).toBe("better");
    expect(judge("pAbandon", significant(0.04))).toBe("worse");
  });

  it("calls a significant rise of a measure where more is better (profit) better, and a fall worse", () => {
    expect(judge("profitPerDay", significant(1000))).toBe("better");
    expect(judge("profitPerDay", significant(-1000))).toBe("worse");
  });

  it("calls a significant change of a neutral measure (occupancy) neutral, whichever way it goes", () => {
    expect(judge("occupancy", significant(0.02))).toBe("neutral");
    expect(judge("occupancy", significant(-0.02))).toBe("neutral");
  });

  it("calls a difference whose interval holds zero not significant, and has nothing to say without one", () => {
    expect(judge("pAbandon", { mean: -0.04, significant: false })).toBe("notSignificant");
    expect(judge("pAbandon", null)).toBeNull();
  });
});
