import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePrebuiltViewer } from "../../../engine/node/viewer/index.js";
import type { ServedFolder } from "../../../engine/node/serveFolder.js";
import { HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { fixture } from "../../helpers/fixtures.js";
import { watchPage } from "../../helpers/pageWatch.js";

/**
 * The default company names its pools, channels and segments in Russian and English (`labels`):
 * the viewer shows the page language's labels, and the names only where no label is given.
 */
describe.skipIf(!HAS_BROWSER)("the viewer's names of the company's things", () => {
  let browser: Browser;
  let server: ServedFolder;
  let url: string;

  beforeAll(async () => {
    const served = await servePrebuiltViewer({ results: () => fixture("run").text, port: 5198, strictPort: false });
    server = served;
    url = served.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [lang, operators, walkIn, notShown] of [
    ["ru", "Операторы-консультанты", "Визит", "Order operators"],
    ["en", "Order operators", "Walk-in", "Операторы-консультанты"],
  ] as const) {
    it(`are the labels of the page's language (${lang}) in the key figures and the waiting times`, async () => {
      const definition = fixture("run").results.setUps[0]!.definition as unknown as {
        pools: { name: string; labels?: Record<string, string> }[];
      };
      expect(definition.pools.find((p) => p.name === "operators")!.labels![lang]).toBe(operators);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const watch = watchPage(page);
      await page.goto(`${url}?lang=${lang}#view=all`);
      await page.waitForSelector("svg.wait-chart");
      const text = (await page.textContent("body")) ?? "";
      expect(text).toContain(operators);
      expect(text).toContain(walkIn);
      expect(text).not.toContain(notShown);
      expect(await page.textContent("svg.wait-chart")).toContain(walkIn);
      expect(watch.errors).toEqual([]);
      await page.close();
    });
  }
});
