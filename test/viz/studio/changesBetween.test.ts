import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../../engine/index.js";
import { changesBetween } from "../../../viz/studio/compare/changesBetween.js";

const base = JSON.parse(readFileSync("scenarios/default.json", "utf8"));

/** The default with one edit made by `f` on a copy. */
function edited(f: (s: any) => void): any {
  const copy = structuredClone(base);
  f(copy);
  return copy;
}

describe("changesBetween(original, edited)", () => {
  const edits: [string, (s: any) => void][] = [
    ["a value deep inside", (s) => (s.repeatWalkIn.minutes = "6 min")],
    ["a person added to a pool", (s) => s.pools[0].staff.push({ ...s.pools[0].staff[0], name: "Operator new" })],
    ["a person removed", (s) => s.pools[0].staff.splice(1, 1)],
    ["a key removed", (s) => delete s.repeatWalkIn.leaflet],
    ["a key added", (s) => (s.trace = { replication: 1, maxEvents: 100, from: "warmupEnd" })],
    ["a list reordered", (s) => s.pools.reverse()],
    ["a list of values changed", (s) => s.pools[6].duties.departments.push("retail")],
    ["a pool renamed", (s) => (s.pools[1].name = "closers 2")],
  ];

  it.each(edits)("gives changes that applyChanges turns back into the edited scenario: %s", (_, f) => {
    const target = edited(f);
    const changes = changesBetween(base, target);
    expect(changes.length).toBeGreaterThan(0);
    const applied = applyChanges(base, changes);
    expect("result" in applied ? applied.result : applied).toEqual(target);
  });

  it("says an edit by the finest path: an N changed is one set of repeatWalkIn.minutes", () => {
    expect(changesBetween(base, edited(edits[0]![1]))).toEqual([{ set: "repeatWalkIn.minutes", value: "6 min" }]);
  });

  it("gives no changes for the same scenario", () => {
    expect(changesBetween(base, structuredClone(base))).toEqual([]);
  });
});
