import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calibrate, calibrationVariant, emptyColumnMap, parseCsv } from "../../../engine/calibration/index.js";
import { loadScenario } from "../../../engine/node/loadScenario.js";
import { applyChanges, parseScenario } from "../../../engine/scenario/index.js";
import { readScenarioJson } from "../../../engine/node/loadScenario.js";
import { calibrationSamples } from "../../helpers/calibrationSamples.js";

// The truth of scenarios/calibration/generator.json, written out.
const PER_DAY: Record<string, { weekday: number; sat: number }> = {
  "call|retail": { weekday: 3 * 8 + 3 * 12 + 3 * 6, sat: 0.5 * (2 * 8 + 3 * 12) },
  "call|wholesale": { weekday: 9 * 4, sat: 0.5 * 5 * 4 },
  "walk-in|retail": { weekday: 9 * 5, sat: 5 * 5 },
  "walk-in|wholesale": { weekday: 9 * 1.5, sat: 5 * 1.5 },
};
/** Arrivals per hour in the half hour starting at `from` ("HH:MM"). */
function ratePerHour(stream: string, weekday: string, from: string): number {
  const hour = Number(from.slice(0, 2));
  const sat = weekday === "sat";
  if (weekday === "sun" || hour < (sat ? 10 : 9) || hour >= (sat ? 15 : 18)) return 0;
  const factor = sat && stream.startsWith("call") ? 0.5 : 1;
  const base: Record<string, number> = {
    "call|retail": hour < 12 ? 8 : hour < 15 ? 12 : 6,
    "call|wholesale": 4,
    "walk-in|retail": 5,
    "walk-in|wholesale": 1.5,
  };
  return base[stream]! * factor;
}
const SERVICE = { retail: { kind: "lognormal", mean: 180, cv: 0.8 }, wholesale: { kind: "gamma", mean: 360, cv: 0.5 } };
const PATIENCE = { retail: 120, wholesale: 180 };
const DEALS = {
  retail: { probability: 0.5, kind: "lognormal", mean: 3000, cv: 0.9 },
  wholesale: { probability: 0.3, kind: "gamma", mean: 40000, cv: 0.6 },
};

/** 36 intervals are checked: at 1 - 0.05/36 each, all hold together with chance 95% or more (Bonferroni). */
const CHECKED = 36;
const FAMILY_CONFIDENCE = 1 - 0.05 / CHECKED;

const folder = "scenarios/calibration";
const generator = loadScenario(`${folder}/generator.json`).scenario;
const tables = () => ({
  calls: parseCsv(readFileSync(`${folder}/calls.csv`, "utf8"), "calls.csv"),
  visits: parseCsv(readFileSync(`${folder}/visits.csv`, "utf8"), "visits.csv"),
});
const run = (confidence: number) =>
  calibrate({ scenario: generator, scenarioFile: "generator.json", ...tables(), map: emptyColumnMap(), confidence });

const holds = (interval: [number, number] | null, truth: number, maxRelativeWidth: number, what: string) => {
  expect(interval, what).not.toBeNull();
  const [low, high] = interval!;
  expect(low <= truth && truth <= high, `${what}: ${truth} in [${low}, ${high}]`).toBe(true);
  expect((high - low) / truth, `${what}: width of [${low}, ${high}]`).toBeLessThan(maxRelativeWidth);
};

describe("calibration on known truth: the shipped samples of scenarios/calibration/", () => {
  it("are what the engine makes from the generator scenario (calls with 3 bad rows appended, visits)", () => {
    const made = calibrationSamples(generator);
    expect(made.calls).toBe(readFileSync(`${folder}/calls.csv`, "utf8"));
    expect(made.visits).toBe(readFileSync(`${folder}/visits.csv`, "utf8"));
  });

  it("recover every parameter within its interval (36 intervals, Bonferroni 95% together), none absurdly wide", () => {
    const r = run(FAMILY_CONFIDENCE);
    expect(r.sources.map((s) => [s.rowsRead, s.rowsUsed])).toEqual([
      [2418, 2415],
      [1314, 1314],
    ]);
    let checked = 0;
    for (const a of r.arrivals) {
      const truth = PER_DAY[`${a.channel}|${a.segment}`]!;
      for (const d of a.perDay.filter((x) => x.weekday !== "sun")) {
        // at this confidence the width is about 2 x 3.2 / √count of the estimate: bounded by 10 / √count of the truth
        const widest = 10 / Math.sqrt(d.count);
        holds(
          d.interval,
          d.weekday === "sat" ? truth.sat : truth.weekday,
          widest,
          `${a.channel} ${a.segment} ${d.weekday}`,
        );
        checked++;
      }
    }
    for (const e of r.serviceTimes) {
      const truth = SERVICE[e.segment as keyof typeof SERVICE];
      const fit = e.fit.fits.find((f) => f.kind === truth.kind)!;
      holds(fit.intervals.mean!, truth.mean, 0.15, `service mean of ${e.segment}`);
      holds(fit.intervals.cv!, truth.cv, 0.2, `service cv of ${e.segment}`);
      checked += 2;
    }
    for (const p of r.patience) {
      holds(p.exponential.interval, PATIENCE[p.segment as keyof typeof PATIENCE], 1, `patience of ${p.segment}`);
      checked++;
    }
    for (const d of r.deals) {
      const truth = DEALS[d.segment as keyof typeof DEALS];
      holds(d.probability!.interval, truth.probability, 0.6, `deal chance of ${d.segment}`);
      const fit = d.value!.fits.find((f) => f.kind === truth.kind)!;
      holds(fit.intervals.mean!, truth.mean, 0.5, `deal value mean of ${d.segment}`);
      holds(fit.intervals.cv!, truth.cv, 0.6, `deal value cv of ${d.segment}`);
      checked += 3;
    }
    expect(checked).toBe(CHECKED);
  });

  it("choose the family each sample came from (smallest BIC) and write it into a variant that is a valid scenario", () => {
    const estimates = run(0.95);
    expect(estimates.serviceTimes.map((e) => [e.segment, e.fit.chosen])).toEqual([
      ["retail", "lognormal"],
      ["wholesale", "gamma"],
    ]);
    expect(estimates.deals.map((d) => [d.segment, d.value!.chosen])).toEqual([
      ["retail", "lognormal"],
      ["wholesale", "gamma"],
    ]);
    const { variant, report } = calibrationVariant(estimates, generator, "./generator.json");
    expect(report.notWritten).toEqual([]);
    expect(Object.keys(variant.notes).sort()).toEqual(variant.changes.map((c) => c.set).sort());
    const applied = applyChanges(readScenarioJson(`${folder}/generator.json`, []), variant.changes);
    expect("result" in applied).toBe(true);
    const calibrated = parseScenario((applied as { result: unknown }).result, "variant");
    expect(calibrated.arrivals[0]!.serviceTime).toMatchObject({ kind: "lognormal" });
    expect(calibrated.arrivals[1]!.patience).toMatchObject({ kind: "exponential" });
    expect(calibrated.segments[1]!.deal!.value).toMatchObject({ kind: "gamma" });
  });

  it("cover the true rate in at least 90% of the half hours at 95% (each interval exact, so 95% or more is expected)", () => {
    const r = run(0.95);
    let cells = 0;
    let covered = 0;
    for (const a of r.arrivals) {
      for (const c of a.perInterval) {
        const truth = ratePerHour(`${a.channel}|${a.segment}`, c.weekday, c.from);
        cells++;
        if (c.interval[0] <= truth && truth <= c.interval[1]) covered++;
      }
    }
    expect(cells).toBeGreaterThan(300);
    expect(covered / cells).toBeGreaterThanOrEqual(0.9);
  });
});
