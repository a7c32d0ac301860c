#!/usr/bin/env node
// The test command: runs every Vitest suite and ends with the plain line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const report = "out/test-report.json";
mkdirSync("out", { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed = r.numPassedTests;
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
  ).length;
  failed = r.numFailedTests + brokenFiles;
  skipped = r.numPendingTests + (r.numTodoTests ?? 0);
} catch {
  failed = Math.max(1, failed);
}
const code = run.status ?? 1;
if (code !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`);
process.exit(code);
