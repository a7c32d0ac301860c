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
