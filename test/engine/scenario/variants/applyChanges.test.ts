import { describe, expect, it } from "vitest";
import { applyChanges, parsePath } from "../../../../engine/scenario/index.js";

const base = {
  name: "base",
  pools: [
    { name: "operators", staff: [{ name: "Olga" }, { name: "Oleg" }], selection: { kind: "least-workload" } },
    { name: "consultants", staff: 2 },
  ],
  handover: { department: "active sales", afterDeal: 1 },
};

describe("parsePath", () => {
  it("reads keys and [name] selectors", () => {
    expect(parsePath("pools[operators].staff[0].shift.end")).toEqual([
      { key: "pools" },
      { item: "operators" },
      { key: "staff" },
      { item: "0" },
      { key: "shift" },
      { key: "end" },
    ]);
  });
  it("names what is malformed", () => {
    expect(parsePath("pools[operators")).toMatch(/unclosed "\["/);
    expect(parsePath("a..b")).toMatch(/empty key/);
  });
});

describe("applyChanges", () => {
  it("changes exactly the stated paths, picking list items by name, and leaves the base alone", () => {
    const r = applyChanges(base, [
      { set: "pools[operators].selection", value: { kind: "round-robin" } },
      { add: "pools[operators].staff", value: { name: "Oksana" } },
      { remove: "pools[operators].staff[Olga]" },
      { set: "handover.representativeValue", value: 50000 },
    ]);
    expect("result" in r).toBe(true);
    const out = (r as { result: typeof base }).result as any;
    expect(out.pools[0].selection).toEqual({ kind: "round-robin" });
    expect(out.pools[0].staff.map((s: { name: string }) => s.name)).toEqual(["Oleg", "Oksana"]);
    expect(out.handover).toEqual({ department: "active sales", afterDeal: 1, representativeValue: 50000 });
    expect(out.pools[1]).toEqual(base.pools[1]);
    expect(base.pools[0]!.staff).toHaveLength(2);
  });

  it("picks a list item by index when no item has that name", () => {
    const r = applyChanges(base, [{ set: "pools[1].staff", value: 3 }]) as { result: any };
    expect(r.result.pools[1].staff).toBe(3);
  });

  it("rejects paths that do not exist, naming the change and what is missing", () => {
    const r = applyChanges(base, [
      { set: "pools[cashiers].staff", value: 1 },
      { remove: "pools[operators].staff[Zoya]" },
      { add: "handover", value: 1 },
      { set: "calendar.days", value: 3 },
    ]);
    expect("issues" in r).toBe(true);
    const issues = (r as { issues: { path: string; message: string }[] }).issues;
    expect(issues).toHaveLength(4);
    expect(issues[0]).toMatchObject({ path: "changes[0].set" });
    expect(issues[0]!.message).toMatch(/pools has no list item named \(or numbered\) "cashiers"/);
    expect(issues[1]!.message).toMatch(/a list item .*"Zoya"/);
    expect(issues[2]!.message).toMatch(/a path to a list/);
    expect(issues[3]!.message).toMatch(/the scenario has no key "calendar"/);
  });
});

describe("applyChanges on hostile paths", () => {
  const issuesOf = (changes: Parameters<typeof applyChanges>[1]) =>
    (applyChanges(base, changes) as { issues?: { path: string; message: string }[] }).issues ?? [];

  it("refuses __proto__, constructor and prototype anywhere in a path, with the change's index, and leaves Object.prototype alone", () => {
    const toString = Object.prototype.toString;
    const issues = issuesOf([
      { set: "__proto__.trace", value: { replication: 1 } },
      { set: "pools[0].__proto__.x", value: 1 },
      { remove: "__proto__.hasOwnProperty" },
      { set: "__proto__.toString", value: "pwned" },
      { set: "handover.constructor.prototype.polluted", value: true },
      { add: "pools[0].prototype", value: 1 },
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      "changes[0].set",
      "changes[1].set",
      "changes[2].remove",
      "changes[3].set",
      "changes[4].set",
      "changes[5].add",
    ]);
    for (const i of issues) expect(i.message).toMatch(/never "(__proto__|constructor|prototype)"/);
    expect(Object.prototype.toString).toBe(toString);
    expect(({} as Record<string, unknown>).trace).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof Object.prototype.hasOwnProperty).toBe("function");
  });

  it("refuses a key the scenario schema does not have at that place, naming the keys it has", () => {
    const issues = issuesOf([
      { set: "handover.departmnet", value: "x" },
      { set: "pools[operators].staff[0].hourlyCost.x", value: 1 },
    ]);
    expect(issues[0]).toMatchObject({ path: "changes[0].set" });
    expect(issues[0]!.message).toMatch(/handover has no key "departmnet" \(one of department, afterDeal/);
    expect(issues[1]!.message).toMatch(/hourlyCost has no key "x"/);
  });

  it("never reads an inherited key as if the document had it", () => {
    const issues = issuesOf([{ remove: "handover.toString" }, { set: "pools[0].name.length", value: 1 }]);
    expect(issues).toHaveLength(2);
    expect(issues[0]!.message).toMatch(/handover has no key "toString"/);
  });
});
