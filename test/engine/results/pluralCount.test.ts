import { describe, expect, it } from "vitest";
import { pluralCount } from "../../../engine/results/index.js";

const DAYS_RU = "one {# день} few {# дня} many {# дней} other {# дня}";

describe("pluralCount", () => {
  it("picks the Russian form the plural rules ask for: 1, 21 день; 2, 3, 24 дня; 5, 11, 25 дней; 42 дня", () => {
    expect([1, 21, 2, 3, 24, 5, 11, 25, 42].map((n) => pluralCount("ru", n, DAYS_RU))).toEqual([
      "1 день",
      "21 день",
      "2 дня",
      "3 дня",
      "24 дня",
      "5 дней",
      "11 дней",
      "25 дней",
      "42 дня",
    ]);
  });

  it("picks the English form: 1 replication, 2 and 0 replications", () => {
    const forms = "one {# replication} other {# replications}";
    expect([1, 2, 0].map((n) => pluralCount("en", n, forms))).toEqual([
      "1 replication",
      "2 replications",
      "0 replications",
    ]);
  });

  it("takes other's text for a category without one, and writes the number as shown", () => {
    expect(pluralCount("ru", 5, "other {# прогона}")).toBe("5 прогона");
    expect(pluralCount("ru", 1235, "one {# прогон} many {# прогонов}", "1 235")).toBe("1 235 прогонов");
  });
});
