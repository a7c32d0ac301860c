import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { boundInterval, metricRange } from "../../../engine/results/index.js";
import { runScenario } from "../../../engine/run/index.js";
import { parseScenario } from "../../../engine/scenario/index.js";

describe("metricRange(key)", () => {
  it("reads shares, non-negative figures and signed ones from the key", () => {
    for (const k of [
      "inbound.pAbandon",
      "channel.call.slServed.20",
      "pool.operators.slAnswered.60",
      "overall.occupancy",
      "department.retail.conversion",
      "outbound.cold callers.answerRate",
      "role.cashier.shareWorking",
      "agent.operators.Operator 1.share.idle",
      "interval.10:30.slServed.20",
    ])
      expect(metricRange(k), k).toBe("share");
    for (const k of [
      "inbound.arrivals",
      "inbound.unfinished",
      "segment.wholesale.lostRevenue.linesBusy",
      "overall.lostRevenue.waiting",
      "pool.closers.meanTransferWait",
      "channel.call.waitP80",
      "staffing.admins.19:30.queue",
      "interval.20:00.meanStaffed",
      "money.wagesPerDay",
      "money.grossMargin",
      "fines.count.lateManager",
      "agent.operators.Operator 1.fines.lateManager",
      "plan.retail.revenueAttainment",
      "head.Admin 1.score",
      "flow.callback.none.linesBusy",
      "window.days",
    ])
      expect(metricRange(k), k).toBe("nonNegative");
    expect(metricRange("money.profit")).toBe("signed");
    expect(metricRange("money.profitPerDay")).toBe("signed");
    expect(metricRange("some.figure.nobody.classified")).toBe("signed");
  });

  it("is not misled by names of pools, people or channels that look like metric names", () => {
    expect(metricRange("pool.share.arrivals")).toBe("nonNegative");
    expect(metricRange("pool.pAbandon.meanWait")).toBe("nonNegative");
    expect(metricRange("channel.slServed.arrivals")).toBe("nonNegative");
    expect(metricRange("agent.profit.share.share.idle")).toBe("share");
    expect(metricRange("pool.profit.wages")).toBe("nonNegative");
  });

  it("gives every metric of a default run a range, and only profit is signed", () => {
    const json = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
    const scenario = parseScenario({ ...json, calendar: { ...json.calendar, days: 21 }, reportPoolIntervals: true });
    const run = runScenario(scenario, { seed: "1", replications: 2, scenarioHash: "h" });
    const signed = Object.keys(run.metrics).filter((k) => metricRange(k) === "signed");
    expect(signed).toEqual(["money.profit", "money.profitPerDay"]);
    expect(Object.keys(run.metrics).some((k) => k.startsWith("poolInterval."))).toBe(true);
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
