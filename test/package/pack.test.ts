import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (command: string, args: string[], options: SpawnSyncOptions = {}) => {
  const r = spawnSync(command, args, { encoding: "utf8", ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
};

/**
 * Starts `npx clientflow <command> [...args] --port 0` (studio or view) in `cwd` (in a process
 * group of its own), waits for the address it prints, and returns it with a way to stop the group.
 */
async function startServer(
  cwd: string,
  command: "studio" | "view",
  ...args: string[]
): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn("npx", ["--no", "clientflow", command, ...args, "--port", "0"], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  let out = "";
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /Clientflow (?:studio|viewer): (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m !== null) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error(`clientflow ${command} stopped before serving:\n${out}\n${err}`)));
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  return { url, stop };
}

describe("the package", () => {
  it("packs, installs into an empty folder from the local npm cache, and runs its bundled default with npx", async () => {
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
    expect(files).toContain("dist/site/index.html");
    expect(
      files.filter((f) => f.startsWith("viz/studio/")),
      "the studio ships built (dist/site)",
    ).toEqual([]);
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

    // The studio ships built: served from dist/site by a plain file server, without the sources or Vite.
    const studio = await startServer(app, "studio");
    try {
      const page = await fetch(studio.url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("<title>Clientflow studio</title>");
      const entry = /src="\.\/(assets\/[\w.-]+\.js)"/.exec(html)?.[1];
      expect(entry, html).toBeDefined();
      const script = await fetch(new URL(entry!, studio.url));
      expect(script.status).toBe(200);
      expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
      const worker = /replicationWorker-[\w-]+\.js/.exec(await script.text())?.[0];
      expect(worker, "the page names its replication worker").toBeDefined();
      const workerScript = await fetch(new URL(`assets/${worker}`, studio.url));
      expect(workerScript.status).toBe(200);
      expect(workerScript.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect((await fetch(new URL("../package.json", studio.url))).status).toBe(404);
    } finally {
      await studio.stop();
    }

    // The viewer ships prebuilt: view serves it and the results file without the sources or Vite.
    const viewer = await startServer(app, "view", out);
    try {
      expect(await (await fetch(viewer.url)).text()).toContain('<script src="viewer.js"></script>');
      expect((await fetch(new URL("viewer.js", viewer.url))).status).toBe(200);
      expect(((await (await fetch(new URL("results.json", viewer.url))).json()) as { seed: string }).seed).toBe(
        results.seed,
      );
    } finally {
      await viewer.stop();
    }

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
