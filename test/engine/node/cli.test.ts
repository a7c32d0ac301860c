import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientflowProcess } from "../../helpers/clientflow.js";
import { clientflowInProcess as cli } from "../../helpers/clientflowInProcess.js";

// The compiled command in a process of its own where worker threads are what is tested; the
// command line's main() in this process for the rest.
const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-"));

describe("clientflow run", () => {
  it("prints the key figures and writes the same results bytes for the same seed, with 1 or 2 workers", async () => {
    const dir = tmp();
    const a = clientflowProcess(
      "run",
      "scenarios/default.json",
      "--replications",
      "3",
      "--out",
      join(dir, "a.json"),
      "--workers",
      "1",
    );
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/Client contacts per day/);
    expect(a.stdout).toMatch(/95% interval/);
    const b = clientflowProcess(
      "run",
      "scenarios/default.json",
      "--replications",
      "3",
      "--out",
      join(dir, "b.json"),
      "--quiet",
      "--workers",
      "2",
    );
    expect(b.status).toBe(0);
    expect(b.stdout).toBe("");
    const bytes = readFileSync(join(dir, "a.json"), "utf8");
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe(bytes);
    const results = JSON.parse(bytes);
    expect(results.format).toBe("clientflow-results");
    expect(results.scenario.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bytes).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it("prints a bad scenario's problems with field paths, no stack trace, exit code 2, and writes nothing", async () => {
    const dir = tmp();
    const bad = join(dir, "bad.json");
    const scenario = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
    scenario.pools[0].staff[0].hourlyCost = -5;
    scenario.routing[0].pool = "nobody";
    writeFileSync(bad, JSON.stringify(scenario));
    const out = join(dir, "r.json");
    const r = await cli("run", bad, "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json is not a valid scenario/);
    expect(r.stderr).toMatch(/pools\[0\]\.staff\[0\]\.hourlyCost: .*>=0; found -5/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it("reports malformed JSON with line and column, and a missing file, with exit code 2", async () => {
    const dir = tmp();
    const bad = join(dir, "broken.json");
    writeFileSync(bad, '{\n  "name": "x",\n  oops\n}');
    const r = await cli("run", bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:3:\d+: not valid JSON/);
    const missing = await cli("run", join(dir, "nope.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it("refuses bad options with the rule and a hint", async () => {
    const r = await cli("run", "scenarios/default.json", "--replications", "many");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--replications must be a whole number, found "many"/);
    expect((await cli("frobnicate")).status).toBe(2);
  });

  it("has --help for every command", async () => {
    for (const c of ["run", "erlang", "validate", "schema"]) {
      const r = await cli(c, "--help");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: clientflow/);
    }
    expect((await cli("--help")).stdout).toMatch(/Commands:/);
  });
});

describe("clientflow erlang", () => {
  it("prints one JSON object with analytic and simulated figures", async () => {
    const r = await cli(
      "erlang",
      "--agents",
      "3",
      "--arrivals-per-hour",
      "120",
      "--aht",
      "60",
      "--customers",
      "5000",
      "--replications",
      "4",
      "--json",
    );
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.analytic.model).toBe("M/M/c (Erlang C)");
    expect(j.simulated.pWait.ci95).toHaveLength(2);
    expect(j.simulated.slServed["20"].mean).toBeGreaterThan(0);
  });

  it("refuses a capacity below the agents and too few replications", async () => {
    expect(
      (await cli("erlang", "--agents", "3", "--arrivals-per-hour", "1", "--aht", "1", "--capacity", "2")).stderr,
    ).toMatch(/--capacity must be a whole number of at least --agents \(3\)/);
    expect(
      (await cli("erlang", "--agents", "3", "--arrivals-per-hour", "1", "--aht", "1", "--replications", "1")).status,
    ).toBe(2);
  });
});

describe("clientflow schema", () => {
  it("matches the published scenarios/scenario.schema.json and variant.schema.json", async () => {
    const r = await cli("schema");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync("scenarios/scenario.schema.json", "utf8"));
    expect((await cli("schema", "--variant")).stdout).toBe(readFileSync("scenarios/variant.schema.json", "utf8"));
    expect((await cli("schema", "--experiment")).stdout).toBe(readFileSync("scenarios/experiment.schema.json", "utf8"));
  });

  it("refuses a variant whose change names a path that does not exist, with the change's index", async () => {
    const dir = tmp();
    const file = join(dir, "v.json");
    writeFileSync(
      file,
      JSON.stringify({
        extends: join(process.cwd(), "scenarios/default.json"),
        changes: [{ set: "pools[tellers].staff", value: 2 }],
      }),
    );
    const r = await cli("validate", file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /changes\[0\]\.set: a path that exists, but pools has no list item named \(or numbered\) "tellers"/,
    );
  });
});

describe("clientflow compare", () => {
  it("gives byte-identical results with 1 and 2 workers, and marks significant differences", async () => {
    const dir = tmp();
    const args = ["compare", "scenarios/experiments/operator-selection.json", "--replications", "3"];
    const one = clientflowProcess(...args, "--workers", "1", "--out", join(dir, "1.json"));
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^The best set-up is "[^"]+": Profit per day /m);
    expect(one.stdout).toMatch(/^Rank +Set-up +Profit per day +behind the one above +behind the best +notes$/m);
    expect(one.stdout).toMatch(/"round robin" - base/);
    expect(one.stdout).toMatch(/^paired interval narrower than independent by +.*\dx/m);
    // The experiment's sensitivity case ranks the set-ups again: a table, and a sentence of the verdict.
    expect(one.stdout).toMatch(/^Sensitivity run +ranked first +its objective +best kept +order kept +order$/m);
    expect(one.stdout).toMatch(/^one operator fewer +/m);
    expect(one.stdout).toMatch(/(ranking holds|stays first|ranks first instead)/);
    const two = clientflowProcess(...args, "--workers", "2", "--out", join(dir, "2.json"), "--quiet");
    expect(two.status, two.stderr).toBe(0);
    expect(readFileSync(join(dir, "2.json"), "utf8")).toBe(readFileSync(join(dir, "1.json"), "utf8"));
    const r = JSON.parse(readFileSync(join(dir, "1.json"), "utf8"));
    expect(r.kind).toBe("experiment");
    expect(r.setUps.map((s: { name: string }) => s.name)).toEqual([
      "base",
      "round robin",
      "longest idle",
      "own manager first",
    ]);
    expect(r.sensitivity).toHaveLength(1);
    expect(r.sensitivity[0].name).toBe("one operator fewer");
    expect(r.sensitivity[0].ranking.entries.map((e: { setUp: string }) => e.setUp).sort()).toEqual(
      r.setUps.map((s: { name: string }) => s.name).sort(),
    );
  });
});
