import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../../../setup/fixtures.js";

const BIN = "engine/node/bin/clientflow.mjs";
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-main-"));

describe("clientflow's exit codes and output paths", () => {
  it("checks --out before the simulation: a directory is a failure of the machine (exit 1), found before any work", () => {
    const dir = tmp();
    // 100000 replications of the default company would take hours: the refusal comes first.
    const r = cli("run", "scenarios/default.json", "--replications", "100000", "--out", dir, "--quiet");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`clientflow run: ${dir}: cannot be written (it is a directory)\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("checks compare's, staff's and report's output paths before the work too", () => {
    const dir = tmp();
    mkdirSync(join(dir, "taken.json"));
    const out = join(dir, "taken.json");
    for (const args of [
      ["compare", "scenarios/experiments/staffing.json", "--out", out],
      ["staff", "scenarios/experiments/staffing-targets.json", "--out", out],
      ["report", FIXTURES.run, "-o", out],
    ]) {
      const r = cli(...args, "--quiet");
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/taken\.json: cannot be written \(it is a directory\)\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir)).toEqual(["taken.json"]);
  });

  it("writes a folder of CSVs whole or not at all", () => {
    const dir = tmp();
    mkdirSync(join(dir, "tables", "waiting-times.csv"), { recursive: true });
    const r = cli("export", FIXTURES.run, "--csv", join(dir, "tables"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/waiting-times\.csv: cannot be written \(it is not a regular file\)/);
    expect(readdirSync(join(dir, "tables"))).toEqual(["waiting-times.csv"]);
    expect(readdirSync(dir)).toEqual(["tables"]);
  });

  it("reads a scenario that starts with a byte-order mark, and refuses a device as a scenario with exit 2", () => {
    const dir = tmp();
    const file = join(dir, "bom.json");
    const scenario = JSON.parse(spawnSync("cat", ["scenarios/default.json"], { encoding: "utf8" }).stdout);
    writeFileSync(file, `\uFEFF${JSON.stringify(scenario)}`);
    const ok = cli("validate", file);
    expect(ok.status, ok.stderr).toBe(0);
    const dev = cli("validate", "/dev/zero");
    expect(dev.status).toBe(2);
    expect(dev.stderr).toMatch(/\/dev\/zero: a regular file is needed/);
  });
});
