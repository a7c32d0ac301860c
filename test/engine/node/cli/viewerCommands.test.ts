import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allTables, tableToCsv } from "../../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../../viz/i18n/index.js";
import { fixture } from "../../../helpers/fixtures.js";
import { BIN, clientflowProcess } from "../../../helpers/clientflow.js";
import { clientflowInProcess } from "../../../helpers/clientflowInProcess.js";
import { FIXTURES } from "../../../setup/fixtures.js";

// export in this process (main()); the pipe, report (the compiled package's prebuilt viewer) and
// the view server through the compiled command in a process of its own.
const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-"));

describe("clientflow export", () => {
  it("writes every table of the viewer as CSV, the same bytes the viewer downloads", async () => {
    const dir = tmp();
    const r = await clientflowInProcess("export", FIXTURES.run, "--csv", dir, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    const results = fixture("run").results;
    const tables = allTables(results, makeLocale("ru"), makeFormat("ru", results.currency));
    expect(readdirSync(dir).sort()).toEqual(tables.map((t) => `${t.name}.csv`).sort());
    for (const t of tables) expect(readFileSync(join(dir, `${t.name}.csv`), "utf8")).toBe(tableToCsv(t));
    expect(r.stdout).toContain("key-figures.csv");
  });

  it("writes in the locale's language when no --lang is given, as the other commands do", async () => {
    const dir = tmp();
    process.env["LANG"] = "ru_RU.UTF-8";
    try {
      const r = await clientflowInProcess("export", FIXTURES.run, "--csv", dir);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/строк/);
      const results = fixture("run").results;
      const first = allTables(results, makeLocale("ru"), makeFormat("ru", results.currency))[0]!;
      expect(readFileSync(join(dir, `${first.name}.csv`), "utf8")).toBe(tableToCsv(first));
    } finally {
      process.env["LANG"] = "C.UTF-8";
    }
  });

  it("refuses a file that is not results, names the problem without a stack trace and writes nothing", async () => {
    const dir = tmp();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"format":"clientflow-results","version":3}');
    const out = join(dir, "csv");
    const r = await clientflowInProcess("export", bad, "--csv", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `clientflow export: ${bad}: This viewer reads results format version 2; the file has version 3. Regenerate it with this version of Clientflow: clientflow run <scenario.json> for a run, clientflow compare <experiment.json> for an experiment, clientflow staff <experiment.json> for a staffing plan.\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a version-1 file, naming its version and the commands that write one of this version", async () => {
    const dir = tmp();
    const old = join(dir, "old.results.json");
    writeFileSync(
      old,
      JSON.stringify({ format: "clientflow-results", version: 1, kind: "run", metrics: { "inbound.pAbandon": null } }),
    );
    const r = await clientflowInProcess("export", old, "--csv", join(dir, "csv"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the file has version 1");
    expect(r.stderr).toContain("clientflow run <scenario.json>");
    expect(r.stderr).toContain("clientflow compare <experiment.json>");
  });

  it("stops quietly when its reader stops early (| head)", async () => {
    const r = spawnSync("bash", ["-c", `node ${BIN} export ${FIXTURES.run} --csv ${tmp()} | head -1`], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/key-figures\.csv/);
  });

  it("needs --csv and a known language", async () => {
    expect((await clientflowInProcess("export", FIXTURES.run)).stderr).toContain("export needs --csv <dir>");
    const r = await clientflowInProcess("export", FIXTURES.run, "--csv", tmp(), "--lang", "de");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--lang must be en or ru, found "de"');
  });
});

describe("clientflow report", () => {
  it("writes one HTML file with the results inside and no address outside it", () => {
    const dir = tmp();
    const out = join(dir, "report.html");
    const r = clientflowProcess("report", FIXTURES.experiment, "-o", out);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="(?!data:)/);
    const data = /<script type="application\/json" id="clientflow-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(data)).toEqual(JSON.parse(fixture("experiment").text));
  });

  it("refuses a malformed results file and leaves no report behind", () => {
    const dir = tmp();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ nope");
    const out = join(dir, "report.html");
    const r = clientflowProcess("report", bad, "-o", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^clientflow report: .*bad\.json:1:3: not valid JSON|^clientflow report: .*This file is not JSON/,
    );
    expect(r.stderr).not.toContain("    at ");
    expect(existsSync(out)).toBe(false);
  });
});

describe("clientflow view", () => {
  it("prints its address and serves the results file as it is now, after a re-run too", async () => {
    const dir = tmp();
    const file = join(dir, "run.json");
    const first = JSON.parse(fixture("run").text);
    writeFileSync(file, JSON.stringify(first));
    const child = spawn(process.execPath, [BIN, "view", file, "--port", "5311"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /Clientflow viewer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on("exit", (code) => reject(new Error(`view exited with ${code}`)));
      });
      const served = async () => (await (await fetch(`${address}results.json`)).json()) as { seed: string };
      expect((await served()).seed).toBe(first.seed);
      writeFileSync(file, JSON.stringify({ ...first, seed: "re-run" }));
      expect((await served()).seed).toBe("re-run");
      writeFileSync(file, "{ broken");
      expect((await served()).seed).toBe("re-run");
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("serves the prebuilt viewer and the one results file only: nothing of the repository, no CORS for other origins", async () => {
    const child = spawn(process.execPath, [BIN, "view", FIXTURES.run, "--port", "5312"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /Clientflow viewer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on("exit", (code) => reject(new Error(`view exited with ${code}`)));
      });
      const repository = process.cwd();
      for (const path of ["package.json", "engine/node/files.ts", FIXTURES.run, "node_modules/vite/package.json"]) {
        for (const asked of [`@fs${join(repository, path)}`, path, `../../${path}`, `..%2f..%2f${path}`]) {
          const r = await fetch(`${address}${asked}`);
          expect(r.status, asked).toBe(404);
        }
      }
      const page = await (await fetch(address)).text();
      expect(page).toContain('<script src="viewer.js"></script>');
      const script = await fetch(`${address}viewer.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(await script.text()).toBe(readFileSync("dist/viewer/viewer.js", "utf8"));
      const origin = { headers: { Origin: "http://localhost:3000" } };
      for (const path of ["results.json", "viewer.js"]) {
        const r = await fetch(`${address}${path}`, origin);
        expect(r.headers.get("access-control-allow-origin"), path).toBeNull();
      }
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("explains itself and refuses a missing file before serving anything", () => {
    expect(clientflowProcess("view", "--help").stdout).toContain("Serves the viewer on localhost");
    const r = clientflowProcess("view", "no-such-file.json");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("clientflow view: no-such-file.json: no such file\n");
  });
});
