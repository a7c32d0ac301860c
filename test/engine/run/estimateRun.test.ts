import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  countMetricKeys,
  estimateRun,
  MAX_ARRIVALS_PER_REPLICATION,
  resultsBytes,
  runReplication,
  runScenario,
  runSizeProblem,
} from "../../../engine/run/index.js";
import { RESULTS_FILE_LIMIT_BYTES } from "../../../engine/results/index.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import { smallCompany } from "../../helpers/scenarios.js";

const defaultCompany = () => parseScenario(JSON.parse(readFileSync("scenarios/default.json", "utf8")), "default.json");
const estimate = (s: Scenario) => estimateRun(buildModel(s), JSON.stringify(s).length);

describe("estimateRun(spec) and runSizeProblem(estimates, replications)", () => {
  it("count the metric keys of the default company at or a little above what a replication reports", () => {
    const s = defaultCompany();
    const spec = buildModel(s);
    const reported = Object.keys(runReplication(spec, "1", 1).values).length;
    const counted = countMetricKeys(spec);
    expect(counted).toBeGreaterThanOrEqual(reported);
    expect(counted).toBeLessThanOrEqual(reported * 1.1);
  });

  it("count a stream's contacts day by day: rate x open hours x weekday factor x month factor", () => {
    const s = parseScenario(
      {
        name: "mondays",
        calendar: {
          days: 14,
          openingHours: { mon: { open: "09:00", close: "11:00" } },
          monthFactors: { jan: 3 },
        },
        segments: [{ name: "all" }],
        channels: [{ name: "call" }],
        arrivals: [
          {
            channel: "call",
            segment: "all",
            ratePerHour: 10,
            weekdayFactors: { mon: 2 },
            serviceTime: { kind: "exponential", mean: 60 },
          },
        ],
        pools: [{ name: "agents", staff: 1 }],
        routing: [{ pool: "agents" }],
      },
      "mondays.json",
    );
    // Two Mondays of two open hours, 10 an hour, twice on Mondays, three times in January.
    expect(estimate(s).arrivals).toBeCloseTo(2 * 2 * 10 * 2 * 3, 6);
  });

  it("never estimate a results file smaller than the one the engine writes, trace included", () => {
    const s = { ...smallCompany(), trace: { replication: 1, maxEvents: 2_000, from: "warmupEnd" as const } };
    const scenario = parseScenario(s, "small.json");
    const results = runScenario(scenario, { seed: "1", replications: 3, scenarioHash: "sha256:test" });
    const written = `${JSON.stringify(results, null, 1)}\n`.length;
    expect(resultsBytes([estimate(scenario)], 3)).toBeGreaterThanOrEqual(written);
  });

  it("refuse 16,500 replications of the default company, naming the limit, the estimate and the most that fit", () => {
    const e = estimate(defaultCompany());
    expect(runSizeProblem([e], 1_000)).toBeNull();
    const problem = runSizeProblem([e], 16_500)!;
    expect(problem).toMatch(
      /^the results file would take about \d+ MiB \(16,500 replications x \d+ KiB for [\d,]+ metric keys/,
    );
    expect(problem).toContain("more than the limit of 500 MiB that report, export and view read");
    const most = Number(/--replications (\d+)\)/.exec(problem)![1]);
    expect(resultsBytes([e], most)).toBeLessThanOrEqual(RESULTS_FILE_LIMIT_BYTES);
    expect(resultsBytes([e], most + 1)).toBeGreaterThan(RESULTS_FILE_LIMIT_BYTES);
  });

  it("refuse a replication that would start more contacts than the limit, saying to shorten the calendar", () => {
    const raw = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
    raw.calendar.days = 3660;
    for (const a of raw.arrivals) if (a.ratePerHour !== 0) a.ratePerHour = 100_000;
    const flood = parseScenario(raw, "flood.json");
    const e = estimate(flood);
    expect(e.arrivals).toBeGreaterThan(MAX_ARRIVALS_PER_REPLICATION);
    expect(runSizeProblem([e], 1)).toMatch(
      /^a replication would start about [\d,]+ contacts .* more than the limit of 100,000,000: shorten the calendar \(calendar\.days\) or lower the arrival rates$/,
    );
  });

  it("count outbound attempts as if every outbound pool dialled all day, so dialling every hundredth of a second is refused", () => {
    const raw = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
    expect(runSizeProblem([estimate(parseScenario(raw, "default.json"))], 10)).toBeNull();
    for (const p of raw.pools)
      if (p.outbound !== undefined) p.outbound.attempt = { kind: "deterministic", value: 0.01 };
    expect(runSizeProblem([estimate(parseScenario(raw, "dialler.json"))], 10)).toMatch(
      /^a replication would start about [\d,]+ contacts \(.*outbound attempts/,
    );
  });
});
