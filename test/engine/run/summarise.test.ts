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
import { differenceOf } from "../../../engine/experiment/index.js";
import {
  columnsOf,
  metricOf,
  rowOf,
  type MetricValue,
  type ReplicationRow,
  type Selector,
} from "../../../engine/results/index.js";

/** One replication's rows from pairs of a selector and a value. */
const replication = (...pairs: [Selector, MetricValue][]): ReplicationRow[] =>
  pairs.map(([s, value]) => ({ ...columnsOf(s, s.measure, s.breakdown ?? null), value }));
const linesBusy = { scope: "channel", subject: "callback", measure: "linesBusy" } as const;
const pAbandon = { scope: "inbound", measure: "pAbandon" } as const;
const closersWait = { scope: "pool", subject: "closers", measure: "meanWait" } as const;
const profit = { scope: "money", measure: "profit" } as const;

describe("summarise(replications)", () => {
  it("never shows a negative interval bound for a figure that cannot be negative, nor a share above 1", () => {
    const metrics = summarise([
      replication([linesBusy, 0], [pAbandon, 1], [closersWait, 0]),
      replication([linesBusy, 0], [pAbandon, 0.9], [closersWait, 0]),
      replication([linesBusy, 1], [pAbandon, 1], [closersWait, 40]),
    ]);
    const valueOf = (s: Selector) => metricOf({ metrics }, s);
    expect(estimateMean([0, 0, 1]).ci95[0]).toBeLessThan(0);
    expect(valueOf(linesBusy)!.ci95).toEqual([0, estimateMean([0, 0, 1]).ci95[1]]);
    expect(valueOf(linesBusy)!.mean).toBeCloseTo(1 / 3, 12);
    expect(valueOf(closersWait)!.ci95[0]).toBe(0);
    expect(estimateMean([1, 0.9, 1]).ci95[1]).toBeGreaterThan(1);
    expect(valueOf(pAbandon)!.ci95[1]).toBe(1);
  });

  it("leaves profit's interval below zero", () => {
    const metrics = summarise([replication([profit, -500]), replication([profit, 200]), replication([profit, 100])]);
    expect(metricOf({ metrics }, profit)).toEqual(estimateMean([-500, 200, 100]));
    expect(metricOf({ metrics }, profit)!.ci95[0]).toBeLessThan(0);
  });

  it("keeps the order rows were first written, and a row a replication lacks is null there", () => {
    const metrics = summarise([replication([profit, 1]), replication([pAbandon, 0.5], [profit, 2])]);
    expect(metrics.map((r) => r.measure)).toEqual(["profit", "pAbandon"]);
    expect(rowOf(metrics, pAbandon)!.values).toEqual([null, 0.5]);
    expect(rowOf(metrics, profit)!.unit).toBe("money");
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
    const key = { scope: "pool", subject: "closers", measure: "occupancy" } as const;
    const d = differenceOf(r, "two closers", key)!;
    expect(d.ci95[0]).toBeLessThan(0);
    const [b, v] = r.setUps.map((s) => rowOf(s.metrics, key)!.values);
    expect(d).toEqual(pairedDifference(v!, b!));
    for (const s of r.setUps) expect(metricOf(s, key)!.ci95[0]).toBeGreaterThanOrEqual(0);
  });
});
