import { describe, expect, it } from "vitest";
import { rankingStep } from "../../../viz/figures/index.js";
import { makeFormat } from "../../../viz/i18n/index.js";

const en = makeFormat("en", "RUB");
const diff = (mean: number, low: number, high: number) => ({
  mean,
  ci95: [low, high] as [number, number],
  significant: low > 0 || high < 0,
});

describe("rankingStep(difference, direction, unit, format)", () => {
  it("is null where there is no difference (the first set-up)", () => {
    expect(rankingStep(null, "higher", "money", en)).toBeNull();
  });

  it("on a higher-is-better objective, a significant positive difference (above less this) is behind: worse", () => {
    const s = rankingStep(diff(45_000, 12_000, 78_000), "higher", "money", en)!;
    expect(s.behind).toBe(45_000);
    expect(s.ci95).toEqual([12_000, 78_000]);
    expect(s.judgement).toBe("worse");
    expect(s.text).toBe(`+${en.money(45_000)}`);
    expect(s.interval).toBe(`[+${en.money(12_000)}, +${en.money(78_000)}]`);
  });

  it("on a lower-is-better objective, a significant negative difference (this waits longer) is behind: worse", () => {
    const s = rankingStep(diff(-30, -45, -15), "lower", "seconds", en)!;
    expect(s.behind).toBe(30);
    expect(s.ci95).toEqual([15, 45]);
    expect(s.judgement).toBe("worse");
  });

  it("a set-up significantly ahead of the one above (ranked lower for a broken constraint) is better", () => {
    expect(rankingStep(diff(-15_000, -25_000, -5_000), "higher", "money", en)!.judgement).toBe("better");
    expect(rankingStep(diff(15, 5, 25), "lower", "seconds", en)!.judgement).toBe("better");
  });

  it("an interval holding zero is not significant, whatever the sign", () => {
    expect(rankingStep(diff(5_000, -10_000, 20_000), "higher", "money", en)!.judgement).toBe("notSignificant");
    expect(rankingStep(diff(-5, -20, 10), "lower", "seconds", en)!.judgement).toBe("notSignificant");
  });

  it("writes a step of a share in percentage points", () => {
    expect(rankingStep(diff(0.02, 0.01, 0.03), "higher", "share", en)!.text).toBe(en.points(0.02));
  });
});
