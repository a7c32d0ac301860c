import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../engine/scenario/index.js";

describe("the default company (scenarios/default.json)", () => {
  it("names every department, channel, segment, pool and person in Russian and English", () => {
    const s = parseScenario(JSON.parse(readFileSync("scenarios/default.json", "utf8")));
    const named = [
      s,
      ...s.departments,
      ...s.channels,
      ...s.segments,
      ...s.pools,
      ...s.pools.flatMap((p) => (Array.isArray(p.staff) ? p.staff : [])),
    ];
    const missing = named.filter((n) => !n.labels?.ru || !n.labels?.en).map((n) => n.name);
    expect(missing).toEqual([]);
    expect(named.length).toBeGreaterThan(30);
  });
});
