import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { boundInterval, MEASURES, metricRange, rowsWhere, type Measure } from "../../../engine/results/index.js";
import { runScenario } from "../../../engine/run/index.js";
import { parseScenario } from "../../../engine/scenario/index.js";

describe("metricRange(measure)", () => {
  it("reads shares, non-negative figures and signed ones from the catalogue of measures", () => {
    const shares: Measure[] = ["pAbandon", "slServed", "slAnswered", "occupancy", "conversion", "answerRate"];
    for (const m of [...shares, "shareWorking", "share"] as const) expect(metricRange(m), m).toBe("share");
    const nonNegative: Measure[] = [
      "arrivals",
      "unfinished",
      "lostRevenue",
      "meanTransferWait",
      "waitP80",
      "queue",
      "meanStaffed",
      "wagesPerDay",
      "grossMargin",
      "fineCount",
      "fines",
      "revenueAttainment",
      "score",
      "contactsPerDay",
      "days",
    ];
    for (const m of nonNegative) expect(metricRange(m), m).toBe("nonNegative");
    expect(metricRange("profit")).toBe("signed");
    expect(metricRange("profitPerDay")).toBe("signed");
  });

  it("gives every measure of the catalogue a unit, a direction, a range and a label in both languages", () => {
    for (const [name, info] of Object.entries(MEASURES)) {
      expect(["share", "seconds", "hours", "days", "money", "count", "people"], name).toContain(info.unit);
      expect(["higher", "lower", "neutral"], name).toContain(info.direction);
      expect(info.label.en.length, name).toBeGreaterThan(0);
      expect(info.label.ru.length, name).toBeGreaterThan(0);
    }
  });

  it("gives every row of a default run a range, and only profit is signed", () => {
    const json = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
    const scenario = parseScenario({ ...json, calendar: { ...json.calendar, days: 21 }, reportPoolIntervals: true });
    const run = runScenario(scenario, { seed: "1", replications: 2, scenarioHash: "h" });
    const signed = run.metrics.filter((r) => metricRange(r.measure) === "signed").map((r) => `${r.scope} ${r.measure}`);
    expect(signed).toEqual(["money profit", "money profitPerDay"]);
    expect(rowsWhere(run.metrics, { scope: "poolInterval" }).length).toBeGreaterThan(0);
  });
});

describe("boundInterval(ci95, range)", () => {
  it("raises a negative lower bound to 0, and lowers a share's upper bound to 1", () => {
    expect(boundInterval([-0.4, 2.5], "nonNegative")).toEqual([0, 2.5]);
    expect(boundInterval([-0.1, 1.2], "share")).toEqual([0, 1]);
    expect(boundInterval([0.2, 0.9], "share")).toEqual([0.2, 0.9]);
  });

  it("leaves a signed metric's interval as it is", () => {
    expect(boundInterval([-300, 1200], "signed")).toEqual([-300, 1200]);
  });
});
