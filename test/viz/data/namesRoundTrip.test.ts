import { readFileSync } from "node:fs";
import { csvParseRows } from "d3";
import { describe, expect, it } from "vitest";
import { metricOf } from "../../../engine/results/index.js";
import { runScenario } from "../../../engine/run/index.js";
import { parseScenario } from "../../../engine/scenario/index.js";
import { readResults } from "../../../viz/data/readResults.js";
import { allTables, flow, staffing, tableToCsv, waits } from "../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";

/** The default company over a short run, with a channel named "walk.in" and a pool named "a:b". */
function dottedCompany() {
  const text = readFileSync("scenarios/default.json", "utf8")
    .replaceAll('"walk-in"', '"walk.in"')
    .replaceAll('"consultants"', '"a:b"');
  const json = JSON.parse(text);
  return parseScenario({ ...json, calendar: { ...json.calendar, days: 9, warmupDays: 2 } });
}

describe("names with any character", () => {
  it('a channel "walk.in" and a pool "a:b" round-trip through run, file, viewer data and CSV', () => {
    const scenario = dottedCompany();
    expect(scenario.channels.map((c) => c.name)).toContain("walk.in");
    expect(scenario.pools.map((p) => p.name)).toContain("a:b");
    const run = runScenario(scenario, { seed: "1", replications: 2, scenarioHash: "sha256:names" });
    const read = readResults(JSON.stringify(run));
    if (!read.ok) throw new Error(read.error.detail);
    const setUp = read.results.setUps[0]!;

    // The file: the rows name them whole.
    const walkIn = metricOf(setUp, { scope: "channel", subject: "walk.in", measure: "arrivals" })!;
    expect(walkIn.mean).toBeGreaterThan(0);
    expect(walkIn).toEqual(metricOf(run, { scope: "channel", subject: "walk.in", measure: "arrivals" }));
    expect(metricOf(setUp, { scope: "pool", subject: "a:b", measure: "served" })!.mean).toBeGreaterThan(0);
    expect(metricOf(setUp, { scope: "channel", subject: "walk", measure: "arrivals" })).toBeNull();

    // The viewer's data: the flow has a "walk.in" channel, the heatmap and waits their whole names.
    const nodes = flow(setUp, makeLocale("en")).nodes;
    expect(nodes.filter((n) => n.stage === "channel").map((n) => n.label)).toContain("walk.in");
    expect(nodes.map((n) => n.label)).not.toContain("walk");
    expect(staffing(setUp).pools).toContain("a:b");
    expect(waits(setUp).curves.map((c) => c.name)).toContain("walk.in");

    // The CSV of every row: one column per column of the results table.
    const table = allTables(read.results, makeLocale("en"), makeFormat("en", read.results.currency)).find(
      (t) => t.name === "metrics",
    )!;
    const [header, ...rows] = csvParseRows(tableToCsv(table));
    const column = (name: string) => header!.indexOf(name);
    const served = rows.find(
      (r) => r[column("scope")] === "pool" && r[column("subject")] === "a:b" && r[column("measure")] === "served",
    )!;
    expect(Number(served[column("mean")])).toBe(
      metricOf(setUp, { scope: "pool", subject: "a:b", measure: "served" })!.mean,
    );
    const person = rows.find((r) => r[column("scope")] === "person" && r[column("pool")] === "a:b")!;
    expect(person[column("subject")]!.length).toBeGreaterThan(0);
    const flowRow = rows.find((r) => r[column("scope")] === "flow" && r[column("channel")] === "walk.in")!;
    expect(flowRow[column("breakdownKind")]).toBe("outcome");
  });
});
