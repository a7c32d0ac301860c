import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { HAS_BROWSER } from "../helpers/browser.js";
import { clientflowProcess } from "../helpers/clientflow.js";
import { openStudio, runFromPage } from "../viz/studio/studioPage.js";
import { serveFolder } from "../../engine/node/serveFolder.js";

export interface StudioBench {
  replications: number;
  /** `clientflow run` of the default company as a whole process (default workers), seconds, best of the repeats. */
  cliSeconds: number;
  /** The same run in the static studio in chromium (Web Workers, one per core), click to done, seconds, best. */
  pageSeconds: number;
  /** pageSeconds / cliSeconds (target at most 2). */
  ratio: number;
  /** The static build (npm run build:site): its files and bytes. */
  siteFiles: number;
  siteBytes: number;
}

function folderBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    if (s.isDirectory()) {
      const inner = folderBytes(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files++;
      bytes += s.size;
    }
  }
  return { files, bytes };
}

/**
 * The default company (eight weeks), `replications` replications: the command line against the
 * static studio in headless chromium on the same machine, each the best of `repeats`. Null without chromium.
 */
export async function benchStudio(replications: number, repeats: number): Promise<StudioBench | null> {
  if (!HAS_BROWSER) return null;
  const out = mkdtempSync(join(tmpdir(), "clientflow-bench-site-"));
  await build({ configFile: "vite.site.config.mjs", logLevel: "silent", build: { outDir: out } });
  const size = folderBytes(out);
  let cli = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const r = clientflowProcess(
      "run",
      "--replications",
      String(replications),
      "--quiet",
      "--out",
      join(out, "cli.json"),
    );
    if (r.status !== 0) throw new Error(`clientflow run failed: ${r.stderr}`);
    cli = Math.min(cli, (performance.now() - t0) / 1000);
  }
  const served = await serveFolder(out);
  const s = await openStudio(served.url);
  let page = Infinity;
  try {
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      await runFromPage(s.page, "run", replications);
      page = Math.min(page, (performance.now() - t0) / 1000);
    }
  } finally {
    await s.browser.close();
    await served.close();
  }
  return {
    replications,
    cliSeconds: cli,
    pageSeconds: page,
    ratio: page / cli,
    siteFiles: size.files,
    siteBytes: size.bytes,
  };
}

// Run alone: node engine/node/bin/tsnode.mjs test/bench/studio.bench.ts [--quick]
if (process.argv[1]?.endsWith("studio.bench.ts")) {
  const quick = process.argv.includes("--quick");
  const b = await benchStudio(quick ? 2 : 10, quick ? 1 : 3);
  process.stdout.write(
    b === null
      ? "studio: skipped (no chromium)\n"
      : `Default company, ${b.replications} replications: clientflow run ${b.cliSeconds.toFixed(2)} s, in the page ` +
          `${b.pageSeconds.toFixed(2)} s (page / command line ${b.ratio.toFixed(2)}, target at most 2); ` +
          `static site ${b.siteFiles} files, ${(b.siteBytes / 1024).toFixed(0)} KiB\n`,
  );
}
