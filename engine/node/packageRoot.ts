import { existsSync, readFileSync } from "node:fs";

/**
 * The folder that holds clientflow's package.json (and scenarios/, viz/), found by walking up from
 * this module: it sits at engine/node/ in the sources and at dist/cli/ in the built package.
 */
export const PACKAGE_ROOT: URL = findPackageRoot(new URL(".", import.meta.url));

function findPackageRoot(start: URL): URL {
  for (let dir = start, i = 0; i < 8; dir = new URL("../", dir), i++) {
    const file = new URL("package.json", dir);
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "clientflow")
      return dir;
  }
  throw new Error(`clientflow's package.json was not found above ${start.href}`);
}
