import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStudio } from "../../../engine/node/cli/studioCommand.js";
import { HAS_BROWSER } from "../../helpers/browser.js";
import { clientflow } from "../../helpers/clientflow.js";
import { downloadText, openStudio, runFromPage, type StudioPage } from "./studioPage.js";

describe.skipIf(!HAS_BROWSER)("a run in the page (clientflow studio)", () => {
  let server: ViteDevServer;
  let url: string;
  let cliText: string;
  const opened: StudioPage[] = [];
  const dir = mkdtempSync(join(tmpdir(), "clientflow-studio-"));

  beforeAll(async () => {
    const served = await serveStudio({ port: 5191, strictPort: false });
    server = served.server;
    url = served.url;
    const out = join(dir, "default.results.json");
    clientflow(["run", "scenarios/default.json", "--replications", "2", "--seed", "1", "--quiet", "--out", out]);
    cliText = readFileSync(out, "utf8");
  });

  afterAll(async () => {
    for (const s of opened) await s.browser.close();
    await server?.close();
  });

  it("runs the default company in Web Workers and writes the results file of clientflow run byte for byte, then opens it in the viewer", async () => {
    const s = await openStudio(url);
    opened.push(s);
    await runFromPage(s.page, "run", 2);
    expect(await s.page.textContent(".studio-status")).toMatch(/^Done in /);
    expect(Number(await s.page.getAttribute(".studio-progress progress", "value"))).toBe(2);
    const inPage = await downloadText(s.page, "button.download-results");
    expect(inPage.length).toBe(cliText.length);
    expect(inPage === cliText).toBe(true);
    await s.page.waitForSelector(".studio-results svg.comparison-chart");
    expect(s.watch.errors).toEqual([]);
  });

  it("cancels a run: the workers stop and the page says so", async () => {
    const s = opened[0]!;
    await s.page.fill("input[name=replications]", "40");
    await s.page.click("button.run");
    await s.page.waitForFunction(() => !(document.querySelector("button.cancel") as HTMLButtonElement).disabled);
    await s.page.click("button.cancel");
    await s.page.waitForFunction(() => document.querySelector(".studio-status")?.textContent === "Cancelled.");
    expect(await s.page.locator("button.run").isEnabled()).toBe(true);
  });
});
