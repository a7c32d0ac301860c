import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStudio } from "../../../engine/node/cli/studioCommand.js";
import { verdictText } from "../../../engine/results/index.js";
import { HAS_BROWSER } from "../../helpers/browser.js";
import { clientflow } from "../../helpers/clientflow.js";
import { downloadText, openSections, openStudio, runFromPage, type StudioPage } from "./studioPage.js";

describe.skipIf(!HAS_BROWSER)("the studio's editor: edit, check, run, compare, download", () => {
  let server: ViteDevServer;
  let s: StudioPage;
  const dir = mkdtempSync(join(tmpdir(), "clientflow-editor-"));
  const minutes = 'div.field[data-path="repeatWalkIn.minutes"]';

  beforeAll(async () => {
    const served = await serveStudio({ port: 5192, strictPort: false });
    server = served.server;
    s = await openStudio(served.url);
  });

  afterAll(async () => {
    await s?.browser.close();
    await server?.close();
  });

  it("opens the default company, grouped as the business thinks, with labels and help from the schema", async () => {
    const legends = await s.page.locator(".studio-group > legend").allTextContents();
    expect(legends.slice(0, 6)).toEqual([
      "The company and the calendar",
      "Departments and people: shifts and breaks",
      "Channels and arrivals by segment and time of day",
      "Routing and handover",
      "The repeat walk-in, N and fines",
      "Plans, credit and money",
    ]);
    expect(await s.page.textContent(".studio-editor-status")).toBe("Changes from the original: 0");
  });

  it("adds an operator: one more person in the operators' pool", async () => {
    await openSections(s.page, "pools", "pools[0]", "pools[0].staff");
    const staff = s.page.locator('details[data-path="pools[0].staff"]');
    expect(await staff.locator(":scope > summary").textContent()).toBe("Staff (4)");
    await staff.locator(":scope > button.add-item").click();
    expect(await s.page.locator('details[data-path="pools[0].staff"] > summary').textContent()).toBe("Staff (5)");
    expect(await s.page.textContent(".studio-editor-status")).toBe("Changes from the original: 1");
  });

  it("shows the command line's message beside the summon's N as the user types an impossible value, and undo", async () => {
    await openSections(s.page, "repeatWalkIn");
    await s.page.fill(`${minutes} input`, "-3 min");
    await s.page.waitForFunction((sel) => document.querySelector(`${sel} > .field-error`)?.textContent !== "", minutes);
    const error = await s.page.textContent(`${minutes} > .field-error`);
    expect(error).toMatch(/^repeatWalkIn\.minutes: /);
    expect(await s.page.textContent(".studio-editor-status")).toMatch(/The scenario has problems: 1\./);
    await s.page.click("button.undo");
    expect(await s.page.inputValue(`${minutes} input`)).toBe("4 min");
    expect(await s.page.textContent(".studio-editor-status")).toBe("Changes from the original: 1");
    await s.page.fill(`${minutes} input`, "6 min");
    expect(await s.page.textContent(`${minutes} > .field-error`)).toBe("");
    expect(await s.page.textContent(".studio-editor-status")).toBe("Changes from the original: 2");
  });

  it("runs the edited company and compares it with the original on the same clients: verdict and paired differences", async () => {
    await runFromPage(s.page, "run", 2);
    expect(await s.page.textContent(".studio-status")).toMatch(/^Done in /);
    await runFromPage(s.page, "compare", 2);
    expect(await s.page.textContent(".studio-status")).toMatch(/^Done in /);
    const verdict = await s.page.textContent(".studio-comparison p.verdict");
    expect(verdict).toMatch(/^The best set-up is/);
    expect(
      await s.page.locator(".paired-differences tr.significant, .paired-differences tr.not-significant").count(),
    ).toBeGreaterThan(3);
    // The experiment's results file opens in the viewer; the verdict is the engine's verdictText of it.
    const experiment = JSON.parse(await downloadText(s.page, "button.download-results"));
    expect(experiment.kind).toBe("experiment");
    expect(experiment.setUps.map((u: { name: string }) => u.name)).toEqual(["base", "edited"]);
    expect(verdict).toBe(verdictText(experiment, "en"));
    await s.page.waitForFunction(() => document.querySelector(".studio-results p.verdict") !== null);
  });

  it("downloads a variant holding only the changes, and clientflow run of it gives the page's results file", async () => {
    const variant = JSON.parse(await downloadText(s.page, "button.download-variant"));
    expect(variant.extends).toBe("../default.json");
    expect(variant.changes).toEqual([
      expect.objectContaining({ add: "pools[operators].staff" }),
      { set: "repeatWalkIn.minutes", value: "6 min" },
    ]);
    mkdirSync(join(dir, "variants"));
    copyFileSync("scenarios/default.json", join(dir, "default.json"));
    writeFileSync(join(dir, "variants", "edited.json"), JSON.stringify(variant));
    const out = join(dir, "edited.results.json");
    await runFromPage(s.page, "run", 2);
    const inPage = await downloadText(s.page, "button.download-results");
    clientflow(["run", join(dir, "variants", "edited.json"), "--replications", "2", "--quiet", "--out", out]);
    expect(inPage === readFileSync(out, "utf8")).toBe(true);
    expect(s.watch.errors).toEqual([]);
  });
});
