import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../engine/node/loadScenario.js";
import { runScenario } from "../../engine/run/index.js";

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return scenarioFiles(path);
    return f.endsWith(".json") && !f.endsWith(".schema.json") ? [path] : [];
  });
}

const files = scenarioFiles("scenarios");

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
      expect(r.metrics["overall.arrivals"]!.mean).toBeGreaterThan(0);
    });
  }
});

describe("variants", () => {
  it("change the scenario they extend and nothing else", () => {
    const base = loadScenario("scenarios/default.json").scenario;
    const more = loadScenario("scenarios/variants/one-more-operator.json").scenario;
    expect(more.pools[0]!.staff).toHaveLength((base.pools[0]!.staff as unknown[]).length + 1);
    expect({ ...more, name: base.name, description: base.description, pools: base.pools }).toEqual(base);
  });
});
