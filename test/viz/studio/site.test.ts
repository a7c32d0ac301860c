import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_BROWSER } from "../../helpers/browser.js";
import { clientflow } from "../../helpers/clientflow.js";
import { downloadText, openStudio, runFromPage, type StudioPage } from "./studioPage.js";
import { serveFolder } from "./staticServer.js";

describe.skipIf(!HAS_BROWSER)("the static studio (npm run build:site)", () => {
  let served: { server: Server; url: string };
  let s: StudioPage;
  const outDir = mkdtempSync(join(tmpdir(), "clientflow-site-"));

  beforeAll(async () => {
    await build({ configFile: "vite.site.config.mjs", logLevel: "silent", build: { outDir } });
    served = await serveFolder(outDir);
    s = await openStudio(served.url);
  });

  afterAll(async () => {
    await s?.browser.close();
    await new Promise((resolve) => served?.server.close(resolve));
  });

  it("is one folder with relative asset paths, served by a plain static server, and asks nothing of any other origin", async () => {
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    expect(html).toMatch(/src="\.\/assets\//);
    const requests: string[] = [];
    s.page.on("request", (r) => requests.push(r.url()));
    await runFromPage(s.page, "run", 2);
    expect(requests.every((u) => u.startsWith(served.url) || u.startsWith("blob:") || u.startsWith("data:"))).toBe(
      true,
    );
  });

  it("runs the default company to the results file of clientflow run, byte for byte", async () => {
    const inPage = await downloadText(s.page, "button.download-results");
    const out = join(outDir, "cli.results.json");
    clientflow(["run", "scenarios/default.json", "--replications", "2", "--quiet", "--out", out]);
    expect(inPage === readFileSync(out, "utf8")).toBe(true);
    expect(s.watch.errors).toEqual([]);
  });
});
