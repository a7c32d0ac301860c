import { describe, expect, it } from "vitest";
import {
  expandExperiment,
  expandSensitivity,
  experimentSchema,
  runExperiment,
  runScenarios,
  type ExperimentInputs,
  type Executor,
} from "../../../engine/experiment/index.js";
import { sensitivityResult } from "../../../engine/experiment/sensitivityResult.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { experimentFile, type Ranking } from "../../../engine/results/index.js";
import { company } from "../../helpers/company.js";

const base = JSON.parse(JSON.stringify(company({ calendar: { days: 5, warmupDays: 1, openingHours: "always" } })));
const moreConsultants = {
  name: "more consultants",
  changes: [{ add: "pools[consultants].staff", value: { name: "Rosa" } }],
};

function inputs(sensitivity: unknown[], replications = 4): ExperimentInputs {
  const experiment = experimentSchema.parse({
    name: "t",
    base: "x.json",
    variants: [moreConsultants],
    sensitivity,
    replications,
    seed: "s",
  });
  const expanded = expandExperiment(experiment, base);
  if ("issues" in expanded) throw new Error(JSON.stringify(expanded.issues));
  const cases = expandSensitivity(experiment, expanded.setUps);
  if ("issues" in cases) throw new Error(JSON.stringify(cases.issues));
  const scenarios = expanded.setUps.map((s) => parseScenario(s.json));
  return {
    experiment,
    setUps: expanded.setUps,
    scenarios,
    hashes: scenarios.map((_, i) => `h${i}`),
    sensitivity: cases.cases.map((c, k) => {
      const parsed = c.json.map((j) => parseScenario(j));
      return { ...c, scenarios: parsed, hashes: parsed.map((_, i) => `c${k}h${i}`) };
    }),
  };
}

const inThread = (scenarios: readonly Scenario[]): Executor => {
  const specs = scenarios.map(buildModel);
  return async ({ setUp, replication }) => runReplication(specs[setUp]!, "s", replication);
};

describe("sensitivity cases of an experiment", () => {
  it("apply their changes on top of every set-up, after the set-up's own", () => {
    const i = inputs([{ name: "no phone lines limit", changes: [{ set: "phone.lines", value: 7 }] }]);
    const [c] = i.sensitivity!;
    expect(c!.scenarios.map((s) => s.phone!.lines)).toEqual([7, 7]);
    const consultants = (s: Scenario) => s.pools.find((p) => p.name === "consultants")!.staff;
    expect(consultants(c!.scenarios[1]!)).toEqual(consultants(i.scenarios[1]!));
    expect(consultants(c!.scenarios[1]!)).not.toEqual(consultants(c!.scenarios[0]!));
    expect(runScenarios(i).scenarios).toHaveLength(4);
  });

  it("give the experiment's own ranking, exactly, when the change leaves the company as it is (a limit case)", async () => {
    const same = base.calendar.days;
    const i = inputs([{ name: "same days", changes: [{ set: "calendar.days", value: same }] }]);
    const r = await runExperiment(i, inThread(runScenarios(i).scenarios));
    expect(r.sensitivity).toHaveLength(1);
    expect(r.sensitivity[0]!.ranking).toEqual(r.ranking);
    expect(r.sensitivity[0]).toMatchObject({ name: "same days", sameBest: true, sameOrder: true });
    expect(experimentFile.safeParse(JSON.parse(JSON.stringify(r))).success).toBe(true);
  });

  it("rank the set-ups again on the case's company, which can change the figures but never the set-ups' own results", async () => {
    const i = inputs([{ name: "two more days", changes: [{ set: "calendar.days", value: base.calendar.days + 2 }] }]);
    const r = await runExperiment(i, inThread(runScenarios(i).scenarios));
    const plain = await runExperiment({ ...i, sensitivity: [] }, inThread(i.scenarios));
    expect({ ...r, sensitivity: [] }).toEqual(plain);
    expect(r.sensitivity[0]!.ranking.entries.map((e) => e.setUp).sort()).toEqual(["base", "more consultants"]);
    expect(r.sensitivity[0]!.ranking.entries[0]!.objective).not.toBe(r.ranking.entries[0]!.objective);
  });

  it("name the case and the set-up when a change does not apply, and refuse a case name used twice", () => {
    const experiment = experimentSchema.parse({
      name: "t",
      base: "x.json",
      variants: [moreConsultants],
      sensitivity: [
        { name: "x", changes: [{ set: "pools[tellers].staff", value: [] }] },
        { name: "x", changes: [{ set: "phone.lines", value: 2 }] },
      ],
    });
    const expanded = expandExperiment(experiment, base) as { setUps: never[] };
    const r = expandSensitivity(experiment, expanded.setUps);
    expect("issues" in r && r.issues.map((i) => i.path)).toEqual([
      "sensitivity[0].changes[0].set",
      "sensitivity[1].name",
    ]);
  });

  it("are at most ten, each with at least one change", () => {
    const many = Array.from({ length: 11 }, (_, k) => ({ name: `c${k}`, changes: [{ set: "phone.lines", value: 2 }] }));
    expect(experimentSchema.safeParse({ name: "t", base: "x.json", sensitivity: many }).success).toBe(false);
    expect(
      experimentSchema.safeParse({ name: "t", base: "x.json", sensitivity: [{ name: "c", changes: [] }] }).success,
    ).toBe(false);
  });
});

describe("sensitivityResult", () => {
  const ranking = (order: string[]): Ranking => ({
    objective: {
      scope: "money",
      subject: null,
      pool: null,
      channel: null,
      clock: null,
      measure: "profitPerDay",
      breakdown: null,
      direction: "higher",
    },
    constraints: [],
    entries: order.map((setUp, k) => ({
      setUp,
      rank: k + 1,
      objective: 100 - k,
      breaks: [],
      uncertain: [],
      behindPrevious: null,
      behindBest: null,
      tiedWithBest: k === 0,
      worseOnEveryFigureThan: null,
      dominatedBy: null,
    })),
  });
  const c = { name: "c", description: "", changes: [] };
  it("says whether the best and the whole order are kept", () => {
    expect(sensitivityResult(c, ranking(["a", "b", "c"]), ranking(["a", "b", "c"]))).toMatchObject({
      sameBest: true,
      sameOrder: true,
    });
    expect(sensitivityResult(c, ranking(["a", "b", "c"]), ranking(["a", "c", "b"]))).toMatchObject({
      sameBest: true,
      sameOrder: false,
    });
    expect(sensitivityResult(c, ranking(["a", "b", "c"]), ranking(["b", "a", "c"]))).toMatchObject({
      sameBest: false,
      sameOrder: false,
    });
  });
});
