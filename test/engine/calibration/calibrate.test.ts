import { describe, expect, it } from "vitest";
import { calibrate, calibrationVariant, emptyColumnMap, parseCsv } from "../../../engine/calibration/index.js";
import { loadScenario } from "../../../engine/node/loadScenario.js";
import { calibrationReport } from "../../../engine/results/index.js";

const generator = loadScenario("scenarios/calibration/generator.json").scenario;

/** Calls of the retail stream: `answered` answered ones, then two abandoned ones. */
function calls(answered: number): string {
  const rows = ["Start,Outcome,Wait,Talk,Extension,Segment"];
  for (let i = 0; i < answered; i++) rows.push(`2024-01-01 09:0${i}:00,answered,0.0,${60 + 10 * i},100,retail`);
  rows.push("2024-01-01 09:30:00,abandoned,30.0,,100,retail", "2024-01-01 09:40:00,abandoned,12.5,,100,retail");
  return `${rows.join("\n")}\n`;
}

const run = (answered: number) =>
  calibrate({
    scenario: generator,
    scenarioFile: "generator.json",
    calls: parseCsv(calls(answered), "calls.csv"),
    visits: null,
    map: emptyColumnMap(),
    confidence: 0.95,
  });

describe("calibrate with too few answered calls to fit a service time", () => {
  it("reports the stream as not fitted, with how many answered calls there were and how many a fit needs", () => {
    const estimates = run(1);
    expect(estimates.serviceTimes).toEqual([]);
    expect(estimates.unfittedServiceTimes).toEqual([
      {
        channel: "call",
        segment: "retail",
        source: "calls.csv",
        measured: "talk time of answered calls (s)",
        count: 1,
        needed: 5,
      },
    ]);
  });

  it("lists the service time as not written into the variant, and why; the report keeps to its schema", () => {
    const { variant, report } = calibrationVariant(run(1), generator, "./generator.json");
    expect(report.notWritten).toContain(
      "service time of call / retail: 1 answered call, fewer than the 5 needed to fit a distribution",
    );
    expect(variant.changes.some((c) => c.set.endsWith(".serviceTime"))).toBe(false);
    expect(calibrationReport.parse(report).unfittedServiceTimes).toHaveLength(1);
    expect(calibrationVariant(run(4), generator, "./generator.json").report.notWritten).toContain(
      "service time of call / retail: 4 answered calls, fewer than the 5 needed to fit a distribution",
    );
  });

  it("fits it from 5 answered calls on, and reads a report of before the field as having none unfitted", () => {
    const estimates = run(5);
    expect(estimates.serviceTimes).toHaveLength(1);
    expect(estimates.unfittedServiceTimes).toEqual([]);
    const { report } = calibrationVariant(estimates, generator, "./generator.json");
    const { unfittedServiceTimes: _dropped, ...before } = report;
    expect(calibrationReport.parse(before).unfittedServiceTimes).toEqual([]);
  });
});
