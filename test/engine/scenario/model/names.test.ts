import { describe, expect, it } from "vitest";
import { ScenarioNames } from "../../../../engine/scenario/model/names.js";
import type { ScenarioIssue } from "../../../../engine/scenario/index.js";
import { smallCompany } from "../../../helpers/scenarios.js";

function collecting(): { names: ScenarioNames; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  return { names: new ScenarioNames(smallCompany(), (i) => issues.push(i)), issues };
}

describe("ScenarioNames", () => {
  it("resolves a name to the index of what it names, without a problem", () => {
    const { names, issues } = collecting();
    expect(names.resolve("pool", "operators", "routing[0].pool")).toBe(0);
    expect(names.resolve("channel", "walk-in", "arrivals[2].channel")).toBe(1);
    expect(names.has("segment", "wholesale")).toBe(true);
    expect(issues).toEqual([]);
  });

  it("reports a name that names nothing at its field path, with the names it could be", () => {
    const { names, issues } = collecting();
    expect(names.resolve("segment", "vip", "routing[1].match.segment")).toBe(-1);
    expect(issues).toEqual([
      { path: "routing[1].match.segment", message: 'one of "retail", "wholesale"', found: '"vip"' },
    ]);
  });

  it("reports a map key that names nothing as a key", () => {
    const { names, issues } = collecting();
    names.resolveKey("pool", "cashiers", "segments[0].deal.byPool.cashiers");
    expect(issues[0]!.message).toMatch(/^a key that is one of "operators"/);
  });

  it("refuses, for a checked scenario, a reference to nothing as a programming error naming the field", () => {
    const names = ScenarioNames.ofValid(smallCompany());
    expect(() => names.resolve("department", "retail", "pools[0].department")).toThrow(/pools\[0\]\.department/);
  });
});
