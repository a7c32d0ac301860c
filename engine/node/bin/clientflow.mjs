#!/usr/bin/env node
// Entry point of the `clientflow` command. It runs the compiled command line in dist/ (the
// package, or a clone after `npm run build`). In a clone whose dist/ is missing or older than a
// source, and with CLIENTFLOW_FROM_SOURCES=1, it runs the TypeScript sources through tsx (a
// development dependency) instead: slower to start, never out of date.
import { existsSync, readdirSync, statSync } from "node:fs";

// A reader that stops early (`clientflow export ... | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const compiled = new URL("../../../dist/cli/main.js", import.meta.url);
const sources = new URL("../cli/main.ts", import.meta.url);
const site = new URL("../../../dist/site/index.html", import.meta.url);

/** The files a build reads: the sources, and the viewer's and studio's pages and styles. */
const BUILT_FROM = /\.(ts|css|html)$/;

/** The newest modification time of the files under a folder that a build reads. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(e.isDirectory() ? `${e.name}/` : e.name, dir);
    if (e.isDirectory()) t = Math.max(t, newest(path));
    else if (BUILT_FROM.test(e.name)) t = Math.max(t, statSync(path).mtimeMs);
  }
  return t;
}

function useSources() {
  if (!existsSync(sources)) return false; // the package: dist/ only
  if (process.env.CLIENTFLOW_FROM_SOURCES === "1") return true;
  if (!existsSync(compiled)) return true;
  // The older of the command line and the static studio (which bundles the default scenario).
  const built = Math.min(statSync(compiled).mtimeMs, existsSync(site) ? statSync(site).mtimeMs : Infinity);
  const defaultScenario = new URL("../../../scenarios/default.json", import.meta.url);
  const stale =
    [new URL("../../", import.meta.url), new URL("../../../viz/", import.meta.url)].some(
      (dir) => newest(dir) > built,
    ) ||
    (existsSync(defaultScenario) && statSync(defaultScenario).mtimeMs > built);
  if (stale)
    process.stderr.write(
      "clientflow: a source is newer than dist/; running them through tsx (`npm run build` makes the start fast)\n",
    );
  return stale;
}

let main;
if (useSources()) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import(sources.href));
} else {
  ({ main } = await import(compiled.href));
}
process.exitCode = await main(process.argv.slice(2));
