import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// The `clientflow` entry point in a copy of a clone's layout, with stand-ins for the compiled
// command line and for the sources, each saying which it is.
function fakeClone(): string {
  const root = mkdtempSync(join(tmpdir(), "clientflow-bin-"));
  for (const d of ["engine/node/bin", "engine/node/cli", "dist/cli", "dist/site", "viz/studio", "scenarios"])
    mkdirSync(join(root, d), { recursive: true });
  copyFileSync(resolve("engine/node/bin/clientflow.mjs"), join(root, "engine/node/bin/clientflow.mjs"));
  symlinkSync(resolve("node_modules"), join(root, "node_modules"));
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  writeFileSync(
    join(root, "engine/node/cli/main.ts"),
    'export async function main(): Promise<number> { process.stdout.write("sources"); return 0; }\n',
  );
  writeFileSync(join(root, "viz/studio/studio.css"), "body {}\n");
  writeFileSync(join(root, "viz/studio/index.html"), "<!doctype html>\n");
  writeFileSync(join(root, "scenarios/default.json"), "{}\n");
  writeFileSync(join(root, "dist/site/index.html"), "<!doctype html>\n");
  writeFileSync(
    join(root, "dist/cli/main.js"),
    'export async function main() { process.stdout.write("compiled"); return 0; }\n',
  );
  return root;
}

const age = (root: string, file: string, secondsAgo: number) => {
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(join(root, file), t, t);
};
const run = (root: string) =>
  spawnSync(process.execPath, [join(root, "engine/node/bin/clientflow.mjs")], { encoding: "utf8" });

describe("the clientflow entry point", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("runs the compiled command line when dist/ is newer than every source, page and style", () => {
    const root = fakeClone();
    made.push(root);
    for (const f of [
      "engine/node/cli/main.ts",
      "viz/studio/studio.css",
      "viz/studio/index.html",
      "scenarios/default.json",
    ])
      age(root, f, 60);
    expect(run(root).stdout).toBe("compiled");
  });

  it("runs the sources when only the studio's style sheet is newer than dist/ (the built site would be stale)", () => {
    const root = fakeClone();
    made.push(root);
    for (const f of ["engine/node/cli/main.ts", "viz/studio/index.html", "scenarios/default.json"]) age(root, f, 60);
    age(root, "dist/cli/main.js", 30);
    const r = run(root);
    expect(r.stdout).toBe("sources");
    expect(r.stderr).toContain("a source is newer than dist/");
  });

  it("runs the sources when a page is newer than dist/", () => {
    const root = fakeClone();
    made.push(root);
    for (const f of ["engine/node/cli/main.ts", "viz/studio/studio.css", "scenarios/default.json"]) age(root, f, 60);
    age(root, "dist/cli/main.js", 30);
    expect(run(root).stdout).toBe("sources");
  });

  it("runs the sources when the default scenario the studio bundles is newer than dist/", () => {
    const root = fakeClone();
    made.push(root);
    for (const f of ["engine/node/cli/main.ts", "viz/studio/studio.css", "viz/studio/index.html"]) age(root, f, 60);
    age(root, "dist/cli/main.js", 30);
    age(root, "dist/site/index.html", 30);
    expect(run(root).stdout).toBe("sources");
  });

  it("runs the sources when the static studio is older than a source, though the command line is not", () => {
    const root = fakeClone();
    made.push(root);
    for (const f of ["engine/node/cli/main.ts", "viz/studio/index.html", "scenarios/default.json"]) age(root, f, 60);
    age(root, "viz/studio/studio.css", 40);
    age(root, "dist/site/index.html", 50);
    expect(run(root).stdout).toBe("sources");
  });
});
