import type { ViteDevServer } from "vite";
import type { Browser, Page } from "playwright-core";
import { NameLabels } from "../../../engine/results/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePrebuiltViewer, serveViewer } from "../../../engine/node/viewer/index.js";
import { HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { fixture } from "../../helpers/fixtures.js";
import { company } from "../../helpers/company.js";
import { runScenario } from "../../../engine/run/index.js";
import { watchPage, type PageWatch } from "../../helpers/pageWatch.js";

describe.skipIf(!HAS_BROWSER)("the viewer served on localhost (clientflow view)", () => {
  let browser: Browser;
  let server: ViteDevServer;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    const served = await serveViewer({ results: () => fixture("run").text, port: 5190, strictPort: false });
    server = served.server;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    watch = watchPage(page);
    await page.goto(`${served.url}?lang=en`);
    await page.waitForSelector("svg.comparison-chart");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens the results file it was given, titled by the scenario's label in the page's language", async () => {
    const { results } = fixture("run");
    expect(results.title).toBe("default company");
    expect(await page.textContent("h1")).toBe(
      NameLabels.of(results.setUps[0]!.definition).label(results.title, "en", "scenario"),
    );
    expect(await page.textContent("h1")).toBe("Default company");
  });

  it("says clearly in the page when a picked file is not JSON or has another version, and keeps the results shown", async () => {
    await page.setInputFiles("input[type=file]", {
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ this is not json"),
    });
    await page.waitForSelector(".problem");
    expect(await page.textContent(".problem")).toMatch(/^This file is not JSON: /);
    expect(await page.locator("svg.comparison-chart").count()).toBe(1);
    await page.setInputFiles("input[type=file]", {
      name: "future.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"clientflow-results","version":7,"kind":"run"}'),
    });
    await page.waitForFunction(() => document.querySelector(".problem")?.textContent?.includes("version 7"));
    expect(await page.textContent(".problem")).toBe(
      "This viewer reads results format version 2; the file has version 7. Regenerate it with this version of Clientflow: clientflow run <scenario.json> for a run, clientflow compare <experiment.json> for an experiment, clientflow staff <experiment.json> for a staffing plan.",
    );
  });

  it("opens an experiment dropped on the page", async () => {
    const exp = fixture("experiment");
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "experiment.json", { type: "application/json" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, exp.text);
    await page.waitForFunction((title) => document.querySelector("h1")?.textContent === title, exp.results.title);
    expect(await page.locator(".problem").count()).toBe(0);
    expect(await page.locator("circle.difference").count()).toBeGreaterThan(0);
    await page.screenshot({ path: "out/screenshots/view-experiment.png", fullPage: true });
  });

  it("warns when replications of an experiment failed, naming each", async () => {
    const exp = JSON.parse(fixture("experiment").text);
    exp.failures = [
      { setUp: "one more operator", replication: 2, seed: "1", scenarioHash: "sha256:0", message: "boom" },
    ];
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], "failed.json", { type: "application/json" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify(exp));
    await page.waitForSelector("details.failures");
    expect(await page.textContent("details.failures summary")).toBe(
      "Replications that failed: 1; the differences pair the others without them.",
    );
    expect(await page.textContent("details.failures p")).toBe("one more operator, replication 2 (seed 1): boom");
  });

  it("says a run of one replication has no intervals, and says nothing of the kind for more", async () => {
    expect(await page.locator("p.one-replication").count()).toBe(0);
    const one = runScenario(company(), { seed: "1", replications: 1, scenarioHash: "sha256:one" });
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], "one.json", { type: "application/json" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify(one));
    await page.waitForSelector("p.one-replication");
    expect(await page.textContent("p.one-replication")).toMatch(/^One replication: there are no confidence intervals/);
    await page.click('button[data-lang="ru"]');
    expect(await page.textContent("p.one-replication")).toMatch(/^Один прогон: доверительных интервалов нет/);
    await page.click('button[data-lang="en"]');
  });

  it("shows a file's text as text: a set-up named like markup creates no element", async () => {
    const exp = JSON.parse(fixture("experiment").text);
    // Renamed everywhere the file names the set-up (a stale name in differences is refused).
    const old = exp.setUps[1].name;
    const markup = '<img src=x onerror="window.__hacked=1">';
    exp.setUps[1].name = markup;
    for (const section of [exp.differences, exp.narrowing]) {
      section[markup] = section[old];
      delete section[old];
    }
    const text = JSON.stringify(exp);
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], "x.json", { type: "application/json" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    // The earlier experiment's chart is already on the page: wait for the dropped file's own.
    await page.waitForFunction(() =>
      document.querySelector("svg.comparison-chart")?.textContent?.includes("<img src=x"),
    );
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(await page.textContent("svg.comparison-chart")).toContain("<img src=x");
  });

  it("without a file, asks for one and opens the file picked", async () => {
    const empty = await serveViewer({ results: () => "", port: 5195, strictPort: false });
    const other = await browser.newPage();
    const w = watchPage(other);
    try {
      await other.goto(`${empty.url}?lang=ru`);
      await other.waitForSelector("label.file-picker");
      expect(await other.textContent("label.file-picker")).toContain("Перетащите файл результатов");
      expect(await other.locator(".problem").count()).toBe(0);
      await other.setInputFiles("input[type=file]", {
        name: "run.json",
        mimeType: "application/json",
        buffer: Buffer.from(fixture("run").text),
      });
      await other.waitForSelector("svg.comparison-chart");
      expect(w.errors).toEqual([]);
    } finally {
      await other.close();
      await empty.server.close();
    }
  });

  it("logged no error", () => {
    expect(watch.errors).toEqual([]);
  });
});

describe.skipIf(!HAS_BROWSER)(
  "the prebuilt viewer served without Vite (clientflow view, compiled or installed)",
  () => {
    it("draws the results file it serves, in the page's language, and logs no error", async () => {
      const served = await servePrebuiltViewer({ results: () => fixture("run").text, port: 0, strictPort: false });
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        const watch = watchPage(page);
        await page.goto(`${served.url}?lang=ru`);
        await page.waitForSelector("svg.comparison-chart");
        expect(await page.textContent("h1")).toBe("Компания по умолчанию");
        expect(watch.errors).toEqual([]);
      } finally {
        await browser.close();
        await served.close();
      }
    });
  },
);
