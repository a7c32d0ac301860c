import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What the build reads: when one of them is newer than the build, it is built again. */
const INPUTS = [
  "engine",
  "viz",
  "scenarios/default.json",
  "package.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "vite.build.config.ts",
  "vite.site.config.mjs",
];
/** What the build writes (the library with its types, the command line, the viewer, the static studio). */
const OUTPUTS = ["dist/engine/index.d.ts", "dist/cli/main.js", "dist/viewer/viewer.js", "dist/site/index.html"];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

/**
 * Runs `npm run build` unless dist/ is newer than every source it is built from, so that the
 * tests of the compiled command line and of the package never run an old build.
 */
export function ensureBuilt(): void {
  const built = OUTPUTS.every((f) => existsSync(f)) ? Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs)) : 0;
  if (built > Math.max(...INPUTS.map(newest))) return;
  const r = spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}
