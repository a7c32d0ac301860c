import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (command: string, args: string[], options: SpawnSyncOptions = {}) => {
  const r = spawnSync(command, args, { encoding: "utf8", ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
};

describe("the package", () => {
  it("packs, installs into an empty folder from the local npm cache, and runs its bundled default with npx", () => {
    // dist/ is fresh (the global set-up builds it when a source is newer), so pack skips the
    // prepare script's second build.
    const packDir = mkdtempSync(join(tmpdir(), "clientflow-pack-"));
    const pack = run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", packDir]);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toContain("dist/cli/main.js");
    expect(files).toContain("dist/engine/index.d.ts");
    expect(files).toContain("dist/viewer/viewer.js");
    expect(files).toContain("scenarios/default.json");
    expect(files).toContain("viz/index.html");
    expect(files).toContain("CHANGELOG.md");
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("notebooks/") || f.endsWith(".png"))).toEqual([]);

    // An empty folder with a package.json of its own, so that npm installs here and nowhere above.
    const app = mkdtempSync(join(tmpdir(), "clientflow-app-"));
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    const tarball = join(packDir, info!.filename);
    const install = (network: string) =>
      run("npm", ["install", tarball, network, "--no-audit", "--no-fund", "--loglevel=error"], { cwd: app });
    // Offline from the npm cache that `npm ci` filled; only a cache missing a package asks the registry.
    let installed = install("--offline");
    if (installed.status !== 0 && /ENOTCACHED/.test(installed.stderr)) installed = install("--prefer-offline");
    expect(installed.status, installed.stderr).toBe(0);
    expect(existsSync(join(app, "node_modules/tsx")), "tsx is a development tool only").toBe(false);

    const out = join(app, "default.results.json");
    const npx = (...args: string[]) => run("npx", ["--no", "clientflow", ...args], { cwd: app });
    const r = npx("run", "node_modules/clientflow/scenarios/default.json", "--replications", "2", "--out", out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Client contacts per day/);
    const results = JSON.parse(readFileSync(out, "utf8"));
    expect(results.format).toBe("clientflow-results");
    expect(results.engine.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);

    // The viewer ships prebuilt: a report is written without the sources.
    const report = npx("report", out, "-o", join(app, "report.html"), "--quiet");
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(app, "report.html"), "utf8")).toContain("default-src 'none'");

    // The engine as a library, with its types.
    const lib = run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { ENGINE_VERSION, erlangC } from "clientflow"; console.log(ENGINE_VERSION, typeof erlangC)',
      ],
      { cwd: app },
    );
    expect(lib.status, lib.stderr).toBe(0);
    expect(lib.stdout).toBe(`${JSON.parse(readFileSync("package.json", "utf8")).version} function\n`);
    const pkg = JSON.parse(readFileSync(join(app, "node_modules/clientflow/package.json"), "utf8"));
    expect(existsSync(join(app, "node_modules/clientflow", pkg.exports["."].types))).toBe(true);
  });
});
