import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExperiment } from "../../engine/node/loadExperiment.js";
import { loadScenario } from "../../engine/node/loadScenario.js";
import { runExperiment, runScenarios } from "../../engine/experiment/index.js";
import { runReplication } from "../../engine/run/index.js";
import { buildModel, type Scenario } from "../../engine/scenario/index.js";
import { runScenario } from "../../engine/run/index.js";
import { metricOf } from "../../engine/results/index.js";

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return scenarioFiles(path);
    return f.endsWith(".json") && !f.endsWith(".schema.json") ? [path] : [];
  });
}

const files = scenarioFiles("scenarios").filter((f) => !f.includes("experiments"));
const experiments = scenarioFiles("scenarios/experiments");

describe("every shipped scenario and variant", () => {
  it("is found", () => expect(files.length).toBeGreaterThanOrEqual(8));
  for (const f of files) {
    it(`${f} validates and runs (2 replications, one week)`, () => {
      const { scenario, hash } = loadScenario(f);
      const short =
        scenario.calendar.days === undefined
          ? scenario
          : { ...scenario, calendar: { ...scenario.calendar, days: 7, warmupDays: 1 } };
      const r = runScenario(short, { seed: "ci", replications: 2, scenarioHash: hash });
      expect(metricOf(r, { scope: "overall", measure: "arrivals" })!.mean).toBeGreaterThan(0);
    });
  }
});

describe("variants", () => {
  it("change the scenario they extend and nothing else", () => {
    const base = loadScenario("scenarios/default.json").scenario;
    const more = loadScenario("scenarios/variants/one-more-operator.json").scenario;
    expect(more.pools[0]!.staff).toHaveLength((base.pools[0]!.staff as unknown[]).length + 1);
    // Named on its own, with display names of its own (it is not the default company).
    expect(more.labels).toEqual({ ru: "Ещё один оператор", en: "One more operator" });
    expect({ ...more, name: base.name, description: base.description, pools: base.pools, labels: base.labels }).toEqual(
      base,
    );
  });
});

describe("every shipped experiment", () => {
  it("is found", () => expect(experiments.length).toBeGreaterThanOrEqual(2));
  for (const f of experiments) {
    it(`${f} expands, validates and runs (2 replications, one week)`, async () => {
      const inputs = loadExperiment(f);
      const week = (list: Scenario[]) =>
        list.map((s) => ({ ...s, calendar: { ...s.calendar, days: 7, warmupDays: 1 } }));
      const shortened = {
        ...inputs,
        scenarios: week(inputs.scenarios),
        sensitivity: inputs.sensitivity?.map((c) => ({ ...c, scenarios: week(c.scenarios) })),
        experiment: { ...inputs.experiment, replications: 2 },
      };
      // The set-ups, then each sensitivity case's set-ups, as the executor numbers them.
      const specs = runScenarios(shortened).scenarios.map(buildModel);
      const r = await runExperiment(shortened, async ({ setUp, replication }) =>
        runReplication(specs[setUp]!, "ci", replication),
      );
      expect(r.setUps.length).toBe(inputs.setUps.length);
      expect(r.sensitivity.length).toBe(inputs.experiment.sensitivity.length);
      expect(r.failures).toEqual([]);
    });
  }
});
