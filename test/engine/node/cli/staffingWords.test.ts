import { describe, expect, it } from "vitest";
import { money, targetValue } from "../../../../engine/node/cli/staffingWords.js";

describe("a staffing target's re-checked value", () => {
  it("carries its unit: a wait in seconds, a share in percent, in either language", () => {
    expect(targetValue("meanWait", 112.385, "en", "RUB")).toBe("112.4 s");
    expect(targetValue("meanWait", 112.385, "ru", "RUB")).toBe("112,4 с");
    expect(targetValue("slServed.20", 0.8123, "en", "RUB")).toBe("81.2%");
    expect(targetValue("slServed.20", 0.8123, "ru", "RUB")).toBe("81,2%");
    expect(targetValue("pAbandon", 0.05, "ru", "RUB")).toBe("5,0%");
  });

  it("is a dash when nobody came to measure it, and a plain number for a metric the catalogue does not know", () => {
    expect(targetValue("meanWait", null, "en", "RUB")).toBe("-");
    expect(targetValue("meanWait", NaN, "ru", "RUB")).toBe("-");
    expect(targetValue("somethingNew", 1.23456, "en", "RUB")).toBe("1.235");
  });
});

describe("money in the staffing text", () => {
  it("has the currency's sign after whole units, as the run summary writes it", () => {
    expect(money(11_210.4, "en", "RUB")).toBe("11,210 ₽");
    expect(money(11_210.4, "ru", "RUB")).toBe("11\u00a0210 ₽");
    expect(money(-3_710, "en", "KZT")).toBe("-3,710 ₸");
    expect(money(NaN, "en", "RUB")).toBe("-");
  });
});
