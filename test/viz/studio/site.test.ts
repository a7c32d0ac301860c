import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_BROWSER } from "../../helpers/browser.js";
import { clientflow } from "../../helpers/clientflow.js";
import { downloadText, openStudio, runFromPage, type StudioPage } from "./studioPage.js";
import { serveFolder, type ServedFolder } from "../../../engine/node/serveFolder.js";

describe.skipIf(!HAS_BROWSER)("the static studio (npm run build, npm run build:site)", () => {
  let served: ServedFolder;
  let s: StudioPage;
  // Written by `npm run build` (the global set-up builds again when a source is newer).
  const siteDir = "dist/site";

  beforeAll(async () => {
    served = await serveFolder(siteDir);
    s = await openStudio(served.url);
  });

  afterAll(async () => {
    await s?.browser.close();
    await served?.close();
  });

  it("is one folder with relative asset paths, served by a plain static server, and asks nothing of any other origin", async () => {
    const html = readFileSync(join(siteDir, "index.html"), "utf8");
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
    const out = join(mkdtempSync(join(tmpdir(), "clientflow-site-")), "cli.results.json");
    clientflow(["run", "scenarios/default.json", "--replications", "2", "--quiet", "--out", out]);
    expect(inPage === readFileSync(out, "utf8")).toBe(true);
    expect(s.watch.errors).toEqual([]);
  });
});
