import { describe, expect, it } from "vitest";
import {
  differenceOf,
  expandExperiment,
  experimentSchema,
  MAX_SWEEP_NAME,
  sweepName,
  pairedDifference,
  runExperiment,
  type Executor,
} from "../../../engine/experiment/index.js";
import { setUpScenarioName } from "../../../engine/node/loadExperiment.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";
import { metricOf } from "../../../engine/results/index.js";

const base = JSON.parse(JSON.stringify(company({ calendar: { days: 5, warmupDays: 1, openingHours: "always" } })));

function inputs(variants: unknown[], sweeps: unknown[] = [], replications = 4) {
  const experiment = experimentSchema.parse({ name: "t", base: "x.json", variants, sweeps, replications, seed: "e" });
  const expanded = expandExperiment(experiment, base);
  if ("issues" in expanded) throw new Error(JSON.stringify(expanded.issues));
  const scenarios = expanded.setUps.map((s) => parseScenario(s.json));
  return { experiment, setUps: expanded.setUps, scenarios, hashes: scenarios.map((_, i) => `h${i}`) };
}

const inThread = (scenarios: ReturnType<typeof inputs>["scenarios"]): Executor => {
  const specs = scenarios.map(buildModel);
  return async ({ setUp, replication }) => runReplication(specs[setUp]!, "e", replication);
};

describe("expandExperiment", () => {
  it("applies exactly the stated changes per variant and builds the sweep grid", () => {
    const i = inputs(
      [{ name: "two closers", changes: [{ set: "pools[closers].staff", value: [{ name: "A" }, { name: "B" }] }] }],
      [
        { path: "phone.lines", values: [2, 3] },
        { path: "pools[consultants].queue.capacity", from: 1, to: 3, step: 1 },
      ],
    );
    expect(i.setUps.map((s) => s.name)).toEqual([
      "base",
      "two closers",
      "phone.lines=2, pools[consultants].queue.capacity=1",
      "phone.lines=2, pools[consultants].queue.capacity=2",
      "phone.lines=2, pools[consultants].queue.capacity=3",
      "phone.lines=3, pools[consultants].queue.capacity=1",
      "phone.lines=3, pools[consultants].queue.capacity=2",
      "phone.lines=3, pools[consultants].queue.capacity=3",
    ]);
    expect(i.scenarios[1]!.pools[2]!.staff).toHaveLength(2);
    expect({ ...i.scenarios[1]!, pools: i.scenarios[0]!.pools }).toEqual(i.scenarios[0]);
    expect(i.scenarios[7]!.phone!.lines).toBe(3);
    expect(i.scenarios[7]!.pools[1]!.queue.capacity).toBe(3);
  });

  it("rejects a change whose path does not exist, naming the variant", () => {
    const experiment = experimentSchema.parse({
      name: "t",
      base: "x",
      variants: [{ name: "v", changes: [{ set: "pools[tellers].staff", value: 1 }] }],
    });
    const r = expandExperiment(experiment, base);
    expect("issues" in r && r.issues[0]!.path).toBe("variants[0].changes[0].set");
  });
});

describe("paired comparison", () => {
  it("gives identical set-ups a zero difference with a zero-width interval", async () => {
    const i = inputs([{ name: "same", changes: [] }]);
    const r = await runExperiment(i, inThread(i.scenarios));
    for (const key of [
      { scope: "inbound", measure: "pAbandon" },
      { scope: "overall", measure: "revenuePerDay" },
      { scope: "overall", measure: "occupancy" },
    ] as const) {
      const d = differenceOf(r, "same", key)!;
      expect(d.mean).toBe(0);
      expect(d.ci95).toEqual([0, 0]);
      expect(d.significant).toBe(false);
    }
  });

  it("is narrower than the independent interval when set-ups share their clients", async () => {
    const i = inputs(
      [{ name: "more consultants", changes: [{ add: "pools[consultants].staff", value: { name: "Rosa" } }] }],
      [],
      8,
    );
    const r = await runExperiment(i, inThread(i.scenarios));
    expect(r.narrowing["more consultants"]!).toBeGreaterThan(1);
    const d = differenceOf(r, "more consultants", { scope: "inbound", measure: "meanWait" })!;
    expect(d.ci95[1] - d.ci95[0]).toBeLessThan(d.independentCi95[1] - d.independentCi95[0]);
  });

  it("pairs replication r with replication r and skips pairs with an undefined value", () => {
    const d = pairedDifference([3, null, 5, 7], [1, 2, 4, 4])!;
    expect(d.n).toBe(3);
    expect(d.mean).toBeCloseTo((2 + 1 + 3) / 3, 12);
  });
});

describe("failures", () => {
  it("name the set-up, replication and seed, and keep every other result", async () => {
    const i = inputs([{ name: "v", changes: [] }]);
    const ok = inThread(i.scenarios);
    const flaky: Executor = async (task) => {
      if (task.setUp === 1 && task.replication === 2) throw new Error("boom");
      return ok(task);
    };
    const r = await runExperiment(i, flaky);
    expect(r.failures).toEqual([{ setUp: "v", replication: 2, seed: "e", scenarioHash: "h1", message: "boom" }]);
    expect(metricOf(r.setUps[1]!, { scope: "inbound", measure: "arrivals" })!.n).toBe(3);
    expect(metricOf(r.setUps[0]!, { scope: "inbound", measure: "arrivals" })!.n).toBe(4);
    expect(differenceOf(r, "v", { scope: "inbound", measure: "arrivals" })!.n).toBe(3);
  });
});

describe("hostile experiments", () => {
  it("counts a sweep grid before building it and refuses one over 200 set-ups, saying how large it is", () => {
    // A grid of 10^12 set-ups: it could not be built in any memory, so an answer proves it was counted first.
    const experiment = experimentSchema.parse({
      name: "t",
      base: "x.json",
      sweeps: [
        { path: "phone.lines", from: 1, to: 1_000_000 },
        { path: "pools[consultants].queue.capacity", from: 1, to: 1_000_000 },
      ],
    });
    const r = expandExperiment(experiment, base) as { issues: { path: string; message: string; found: string }[] };
    expect(r.issues).toEqual([
      expect.objectContaining({
        path: "sweeps",
        found: String(1 + 1_000_000 * 1_000_000),
        message: expect.stringMatching(/1000000 x 1000000/),
      }),
    ]);
  });

  it("refuses variant names that are prototype keys, and metrics that are not rows of known scopes and measures", () => {
    const parsed = experimentSchema.safeParse({
      name: "t",
      base: "x.json",
      variants: [{ name: "__proto__" }],
      metrics: [
        { scope: "inbound", measure: "pAbandon" },
        "inbound.pAbandon",
        { scope: "inbound", measure: "toString" },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual([
      "variants.0.name",
      "metrics.1",
      "metrics.2.measure",
    ]);
  });

  it("stops at the base's first replication when a named metric is unknown, naming it with its index", async () => {
    const i = inputs([{ name: "same", changes: [] }]);
    i.experiment.metrics = [
      { scope: "inbound", measure: "pAbandon" },
      { scope: "pool", subject: "toString", measure: "meanWait" },
      { scope: "channel", subject: "walk.in", measure: "pAbandon" },
    ];
    await expect(runExperiment(i, inThread(i.scenarios))).rejects.toThrow(
      /metrics\[1\]: a row the base reports.*"subject":"toString".*\n.*metrics\[2\].*"subject":"walk\.in"/,
    );
    expect(Object.prototype.toString.call([])).toBe("[object Array]");
  });

  it("reads a set-up or metric named like an Object.prototype member as any other name", async () => {
    const i = inputs([{ name: "toString", changes: [] }]);
    const r = await runExperiment(i, inThread(i.scenarios));
    expect(Object.keys(r.differences)).toEqual(["toString"]);
    expect(differenceOf(r, "toString", { scope: "inbound", measure: "pAbandon" })).toMatchObject({ mean: 0 });
    expect(r.narrowing["hasOwnProperty"]).toBeUndefined();
  });
});

describe("sweep set-up names", () => {
  it("stay within limits whatever the swept values: long values are shortened and numbered, names stay unique", () => {
    const staff = (n: number) => Array.from({ length: n }, (_, k) => ({ name: `Operator with a long name ${k}` }));
    const i = inputs([], [{ path: "pools[operators].staff", values: [staff(3), staff(4), staff(5)] }], 2);
    const names = i.setUps.slice(1).map((s) => s.name);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    for (const n of names) expect([...n].length).toBeLessThanOrEqual(MAX_SWEEP_NAME);
    expect(names).toEqual([
      "pools[operators].staff=[3 items]",
      "pools[operators].staff=[4 items]",
      "pools[operators].staff=[5 items]",
    ]);
  });

  it("stay unique when two swept lists have the same length", () => {
    const staff = (n: number, tag: string) =>
      Array.from({ length: n }, (_, k) => ({ name: `Operator ${tag} ${k} with a long name` }));
    const i = inputs([], [{ path: "pools[operators].staff", values: [staff(3, "a"), staff(3, "b")] }], 2);
    expect(i.setUps.slice(1).map((s) => s.name)).toEqual([
      "pools[operators].staff=[3 items]",
      "pools[operators].staff=[3 items] (#2)",
    ]);
  });

  it("keep a short point's name as path=value, and shorten and number a long one", () => {
    expect(sweepName(["phone.lines=4", "fines.lateManager=500"], 7)).toBe("phone.lines=4, fines.lateManager=500");
    const long = sweepName(["notes.x=" + JSON.stringify("y".repeat(300))], 3);
    expect([...long].length).toBeLessThanOrEqual(MAX_SWEEP_NAME);
    expect(long).toMatch(/… \(#3\)$/);
  });

  it("with the experiment's name make a scenario name of at most 200 characters", () => {
    const long = setUpScenarioName("x".repeat(200), "y".repeat(120));
    expect([...long].length).toBe(200);
    expect(setUpScenarioName("default company", "one more operator")).toBe("default company / one more operator");
  });
});
