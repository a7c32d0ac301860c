import { describe, expect, it } from "vitest";
import {
  expandExperiment,
  experimentSchema,
  pairedDifference,
  runExperiment,
  type Executor,
} from "../../../engine/experiment/index.js";
import { runReplication, summarise } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { estimateMean } from "../../../engine/stats/index.js";
import { company } from "../../helpers/company.js";

describe("summarise(replications)", () => {
  it("never shows a negative interval bound for a figure that cannot be negative, nor a share above 1", () => {
    const { metrics } = summarise([
      { "channel.callback.linesBusy": 0, "inbound.pAbandon": 1, "pool.closers.meanWait": 0 },
      { "channel.callback.linesBusy": 0, "inbound.pAbandon": 0.9, "pool.closers.meanWait": 0 },
      { "channel.callback.linesBusy": 1, "inbound.pAbandon": 1, "pool.closers.meanWait": 40 },
    ]);
    expect(estimateMean([0, 0, 1]).ci95[0]).toBeLessThan(0);
    expect(metrics["channel.callback.linesBusy"]!.ci95).toEqual([0, estimateMean([0, 0, 1]).ci95[1]]);
    expect(metrics["channel.callback.linesBusy"]!.mean).toBeCloseTo(1 / 3, 12);
    expect(metrics["pool.closers.meanWait"]!.ci95[0]).toBe(0);
    expect(estimateMean([1, 0.9, 1]).ci95[1]).toBeGreaterThan(1);
    expect(metrics["inbound.pAbandon"]!.ci95[1]).toBe(1);
  });

  it("leaves profit's interval below zero", () => {
    const { metrics } = summarise([{ "money.profit": -500 }, { "money.profit": 200 }, { "money.profit": 100 }]);
    expect(metrics["money.profit"]).toEqual(estimateMean([-500, 200, 100]));
    expect(metrics["money.profit"]!.ci95[0]).toBeLessThan(0);
  });

  it("leaves a paired difference in compare unbounded, though the figure itself cannot be negative", async () => {
    const base = JSON.parse(JSON.stringify(company({ calendar: { days: 5, warmupDays: 1, openingHours: "always" } })));
    const experiment = experimentSchema.parse({
      name: "t",
      base: "x.json",
      variants: [{ name: "two closers", changes: [{ add: "pools[closers].staff", value: { name: "Boris" } }] }],
      replications: 4,
      seed: "e",
    });
    const expanded = expandExperiment(experiment, base);
    if ("issues" in expanded) throw new Error(JSON.stringify(expanded.issues));
    const scenarios = expanded.setUps.map((s) => parseScenario(s.json));
    const specs = scenarios.map(buildModel);
    const execute: Executor = async ({ setUp, replication }) => runReplication(specs[setUp]!, "e", replication);
    const r = await runExperiment({ experiment, setUps: expanded.setUps, scenarios, hashes: ["h0", "h1"] }, execute);
    const key = "pool.closers.occupancy";
    const d = r.differences["two closers"]![key]!;
    expect(d.ci95[0]).toBeLessThan(0);
    const [b, v] = r.setUps.map((s) => s.replicationValues[key]!);
    expect(d).toEqual(pairedDifference(v!, b!));
    for (const s of r.setUps) expect(s.metrics[key]!.ci95[0]).toBeGreaterThanOrEqual(0);
  });
});
