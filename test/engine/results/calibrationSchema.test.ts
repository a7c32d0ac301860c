import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calibrate, calibrationVariant, emptyColumnMap, parseCsv } from "../../../engine/calibration/index.js";
import { loadScenario } from "../../../engine/node/loadScenario.js";
import { calibrationReport, type DistributionFit } from "../../../engine/results/index.js";

const folder = "scenarios/calibration";
const generator = loadScenario(`${folder}/generator.json`).scenario;
const report = () =>
  calibrationVariant(
    calibrate({
      scenario: generator,
      scenarioFile: "generator.json",
      calls: parseCsv(readFileSync(`${folder}/calls.csv`, "utf8"), "calls.csv"),
      visits: parseCsv(readFileSync(`${folder}/visits.csv`, "utf8"), "visits.csv"),
      map: emptyColumnMap(),
      confidence: 0.95,
    }),
    generator,
    "./generator.json",
  ).report;

describe("calibrationReport (the schema the viewer reads a calibration report with)", () => {
  const written = JSON.parse(JSON.stringify(report())) as unknown;

  it("reads the report of the shipped samples as it is written", () => {
    const parsed = calibrationReport.safeParse(written);
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues[0])).toBe(true);
    expect(parsed.data).toEqual(written);
  });

  it("every fit carries at most 41 points of the sample's CDF, rising, beside the chosen family's CDF", () => {
    const r = calibrationReport.parse(written);
    const fits: DistributionFit[] = [
      ...r.serviceTimes.map((s) => s.fit),
      ...r.deals.flatMap((d) => (d.value === null ? [] : [d.value])),
    ];
    expect(fits.length).toBe(4);
    for (const fit of fits) {
      expect(fit.cdf.length).toBeGreaterThan(30);
      expect(fit.cdf.length).toBeLessThanOrEqual(41);
      expect(fit.cdf.at(-1)!.share).toBe(1);
      for (let i = 1; i < fit.cdf.length; i++) {
        expect(fit.cdf[i]!.value).toBeGreaterThan(fit.cdf[i - 1]!.value);
        expect(fit.cdf[i]!.share).toBeGreaterThan(fit.cdf[i - 1]!.share);
        expect(fit.cdf[i]!.fitted).toBeGreaterThanOrEqual(fit.cdf[i - 1]!.fitted);
      }
      // The largest gap at these points is at most the KS distance over the whole sample.
      const gap = Math.max(...fit.cdf.map((p) => Math.abs(p.share - p.fitted)));
      expect(gap).toBeLessThanOrEqual(fit.fits[0]!.ks + 1e-6);
    }
  });

  it("refuses a damaged report, naming the field", () => {
    const bad = structuredClone(written) as { sources: { rowsRead: number }[] };
    bad.sources[0]!.rowsRead = -1;
    const parsed = calibrationReport.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["sources", 0, "rowsRead"]);
  });
});
