import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";
import { FIXTURES } from "../../../setup/fixtures.js";

const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-main-"));

describe("clientflow's exit codes and output paths", () => {
  it("checks --out before the simulation: a directory is a failure of the machine (exit 1), found before any work", async () => {
    const dir = tmp();
    // 100000 replications of the default company would take hours: the refusal comes first.
    const r = await cli("run", "scenarios/default.json", "--replications", "100000", "--out", dir, "--quiet");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`clientflow run: ${dir}: cannot be written (it is a directory)\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("checks compare's, staff's and report's output paths before the work too", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "taken.json"));
    const out = join(dir, "taken.json");
    for (const args of [
      ["compare", "scenarios/experiments/staffing.json", "--out", out],
      ["staff", "scenarios/experiments/staffing-targets.json", "--out", out],
      ["report", FIXTURES.run, "-o", out],
    ]) {
      const r = await cli(...args, "--quiet");
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/taken\.json: cannot be written \(it is a directory\)\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir)).toEqual(["taken.json"]);
  });

  it("writes a folder of CSVs whole or not at all", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "tables", "waiting-times.csv"), { recursive: true });
    const r = await cli("export", FIXTURES.run, "--csv", join(dir, "tables"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/waiting-times\.csv: cannot be written \(it is not a regular file\)/);
    expect(readdirSync(join(dir, "tables"))).toEqual(["waiting-times.csv"]);
    expect(readdirSync(dir)).toEqual(["tables"]);
  });

  it("reads a scenario that starts with a byte-order mark, and refuses a device as a scenario with exit 2", async () => {
    const dir = tmp();
    const file = join(dir, "bom.json");
    const scenario = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
    writeFileSync(file, `\uFEFF${JSON.stringify(scenario)}`);
    const ok = await cli("validate", file);
    expect(ok.status, ok.stderr).toBe(0);
    const dev = await cli("validate", "/dev/zero");
    expect(dev.status).toBe(2);
    expect(dev.stderr).toMatch(/\/dev\/zero: a regular file is needed/);
  });
});
