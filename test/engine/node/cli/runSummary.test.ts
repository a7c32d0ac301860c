import { describe, expect, it } from "vitest";
import { runSummary } from "../../../../engine/node/cli/runSummary.js";
import { runScenario } from "../../../../engine/run/index.js";
import { OUTCOMES } from "../../../../engine/metrics/index.js";
import { company } from "../../../helpers/company.js";
import { metricOf, type Selector } from "../../../../engine/results/index.js";

const run = (s: ReturnType<typeof company>) =>
  runScenario(s, { seed: "1", replications: 2, scenarioHash: "sha256:test" });

describe("runSummary(results)", () => {
  it("shows the clients still unserved when the run ends, per day, when a pool that receives walk-ins has nobody", () => {
    const results = run(
      company({ pools: company().pools.map((p) => (p.name === "consultants" ? { ...p, staff: [] } : p)) }),
    );
    const m = (s: Selector) => metricOf(results, s)!;
    const unfinished = m({ scope: "inbound", measure: "unfinished" }).mean;
    expect(unfinished).toBeGreaterThan(0);
    const outcomes = OUTCOMES.reduce((sum, o) => sum + m({ scope: "inbound", measure: o }).mean, 0);
    expect(outcomes).toBeCloseTo(m({ scope: "inbound", measure: "arrivals" }).mean, 9);
    const line = runSummary(results)
      .split("\n")
      .find((l) => l.includes("Unserved at the end of the run per day"));
    expect(line).toBeDefined();
    const perDay = unfinished / m({ scope: "window", measure: "days" }).mean;
    expect(line).toContain(perDay.toFixed(1));
  });

  it("shows no interval for a run of one replication, and says why", () => {
    const text = runSummary(runScenario(company(), { seed: "1", replications: 1, scenarioHash: "sha256:test" }));
    expect(text).toContain("One replication: no confidence intervals");
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l.startsWith("Figure"));
    const figures = lines.slice(start + 2, lines.indexOf("", start)).filter((l) => /\d/.test(l));
    expect(figures.length).toBeGreaterThan(3);
    for (const line of figures) expect(line).toMatch(/ -$/);
    expect(runSummary(run(company()))).not.toContain("One replication");
  });

  it("leaves the line out when every client was served or lost before the end", () => {
    const results = run(company());
    expect(metricOf(results, { scope: "inbound", measure: "unfinished" })!.mean).toBe(0);
    expect(runSummary(results)).not.toContain("Unserved");
  });

  it("speaks Russian with --lang ru: Russian words, the company's Russian labels, decimal commas and the currency's sign", () => {
    const scenario = company();
    const labelled = {
      ...scenario,
      pools: scenario.pools.map((p) =>
        p.name === "operators" ? { ...p, labels: { ru: "Операторы-консультанты" } } : p,
      ),
    };
    const text = runSummary(run(labelled), "ru");
    expect(text).toMatch(/^Сценарий «/);
    expect(text).toMatch(/^Показатель +Среднее +95% интервал$/m);
    expect(text).toMatch(/^Операторы-консультанты +\d+,\d%/m);
    expect(text).not.toMatch(/^operators /m);
    expect(text).toMatch(/Выручка в день +[\d\u00a0 ]+ ₽/);
    expect(runSummary(run(labelled), "en")).toMatch(/^operators +\d+\.\d%/m);
  });
});

describe("the run summary's overtime", () => {
  it("shows overtime hours and pay per day for each pool", () => {
    const text = runSummary(run(company()));
    expect(text).toMatch(/Overtime h\/day/);
    expect(text).toMatch(/Overtime pay\/day \(/);
    const consultants = text.split("\n").find((l) => l.startsWith("consultants"));
    expect(consultants).toMatch(/\d+\.\d\d\s+[\d,]+$/);
  });
});

describe("the run summary's deals", () => {
  it("counts deals and conversion over the client contacts it shows as served, as the viewer does, and outbound deals apart", async () => {
    const { readFileSync } = await import("node:fs");
    const { parseScenario } = await import("../../../../engine/scenario/index.js");
    const base = parseScenario(JSON.parse(readFileSync("scenarios/default.json", "utf8")));
    const results = runScenario(
      { ...base, calendar: { ...base.calendar, days: 21, warmupDays: 7 } },
      { seed: "1", replications: 2, scenarioHash: "sha256:test" },
    );
    const m = (s: Selector) => metricOf(results, s)!;
    const days = m({ scope: "window", measure: "days" }).mean;
    const inboundDeals = m({ scope: "inbound", measure: "deals" }).mean / days;
    const allDeals = m({ scope: "overall", measure: "deals" }).mean / days;
    const served = m({ scope: "inbound", measure: "served" }).mean / days;
    // The default company makes deals on outbound calls too: the two scopes differ.
    expect(allDeals).toBeGreaterThan(inboundDeals + 1);
    const text = runSummary(results);
    const figure = (label: string) => {
      const line = text.split("\n").find((l) => l.startsWith(label));
      expect(line, label).toBeDefined();
      return Number(line!.slice(label.length).trim().split(/\s+/)[0]!.replace(/,/g, "").replace("%", ""));
    };
    expect(figure("Served per day")).toBeCloseTo(served, 1);
    expect(figure("Deals on client contacts per day")).toBeCloseTo(inboundDeals, 1);
    expect(figure("Deals on outbound calls per day")).toBeCloseTo(allDeals - inboundDeals, 1);
    // Conversion is the deals shown over the served shown.
    expect(figure("Conversion (deals / served)")).toBeCloseTo((100 * inboundDeals) / served, 1);
    expect(runSummary(results, "ru")).toMatch(/^Сделки по исходящим звонкам в день +\d/m);
    // The departments' table is per day over all contacts (outbound calls too), and says so:
    // its deals add up to every deal of the company, not to the client contacts' deals above.
    const lines = text.split("\n");
    const head = lines.findIndex((l) => l.startsWith("Department"));
    expect(lines[head]).toMatch(
      /Served per day \(all contacts\) +Deals per day +Revenue made per day \(₽\) +Credited per day \(₽\)/,
    );
    const rows = lines.slice(head + 2, lines.indexOf("", head)).map((l) => l.split(/ {2,}/));
    const deals = rows.reduce((sum, r) => sum + Number(r[2]!.replace(/,/g, "")), 0);
    expect(deals).toBeCloseTo(allDeals, 0);
    expect(runSummary(results, "ru")).toMatch(
      /Обслужено в день \(все обращения\) +Сделок в день +Выручка отдела в день \(₽\)/,
    );
  });
});
