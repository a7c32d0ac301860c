import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../engine/run/index.js";
import { parseScenario } from "../../engine/scenario/index.js";

const files = readdirSync("scenarios").filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"));

describe("every shipped scenario", () => {
  it("is found", () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(`${f} validates and runs`, () => {
      const s = parseScenario(JSON.parse(readFileSync(`scenarios/${f}`, "utf8")), f);
      const r = runScenario(s, { seed: "ci", replications: 2, scenarioHash: "test" });
      expect(r.metrics["overall.arrivals"]!.mean).toBeGreaterThan(0);
    });
  }
});
