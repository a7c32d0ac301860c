import { mkdirSync, writeFileSync } from "node:fs";
import { clientflow } from "../helpers/clientflow.js";
import { ensureBuilt } from "./build.js";

/** Results files produced by the engine's command line, read by the viewer's tests. */
export const FIXTURES = {
  run: "out/fixtures/default.results.json",
  experiment: "out/fixtures/staffing.comparison.json",
  staffing: "out/fixtures/consultants.staffing.json",
  calibration: "out/fixtures/calibration.report.json",
} as const;

/**
 * Vitest global set-up: builds dist/ when a source is newer than it (the command line the tests
 * call is the compiled one), then writes real results files once per test run, with the command line a
 * user would type (the default company with a trace, the staffing experiment, and a staffing plan), on quick
 * settings (3 replications), and the calibration report of the shipped sample records.
 */
export default function setup(): void {
  ensureBuilt();
  mkdirSync("out/fixtures", { recursive: true });
  clientflow(["run", "scenarios/default.json", "--replications", "3", "--trace", "--quiet", "--out", FIXTURES.run]);
  clientflow([
    "compare",
    "scenarios/experiments/staffing.json",
    "--replications",
    "3",
    "--quiet",
    "--out",
    FIXTURES.experiment,
  ]);
  // A staffing plan on quick settings: consultants only, two observed weeks, few replications.
  writeFileSync(
    "out/fixtures/short.json",
    JSON.stringify({ extends: "../../scenarios/default.json", changes: [{ set: "calendar.days", value: 28 }] }),
  );
  writeFileSync(
    "out/fixtures/consultants.json",
    JSON.stringify({
      name: "consultants per half hour",
      base: "short.json",
      staffing: {
        pools: ["consultants"],
        targets: [{ metric: "meanWait", atMost: 180, pool: "consultants" }],
        replications: 2,
        checkReplications: 2,
      },
    }),
  );
  clientflow(["staff", "out/fixtures/consultants.json", "--quiet", "--out", FIXTURES.staffing]);
  // The calibration report of the shipped samples (its three bad call rows included).
  clientflow([
    "calibrate",
    "--calls",
    "scenarios/calibration/calls.csv",
    "--visits",
    "scenarios/calibration/visits.csv",
    "--scenario",
    "scenarios/calibration/generator.json",
    "--out",
    "out/fixtures/calibration.variant.json",
    "--report",
    FIXTURES.calibration,
  ]);
}
