import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePrebuiltViewer } from "../../../engine/node/viewer/index.js";
import type { ServedFolder } from "../../../engine/node/serveFolder.js";
import { HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { fixture } from "../../helpers/fixtures.js";
import { layoutProblems, type LayoutProblem } from "../../helpers/layoutProblems.js";
import { watchPage } from "../../helpers/pageWatch.js";

const SIZES = [
  { name: "a 1400 px desktop", width: 1400, height: 900 },
  { name: "a 1280×720 laptop", width: 1280, height: 720 },
  { name: "a 390 px phone", width: 390, height: 844 },
] as const;
const LANGS = ["en", "ru"] as const;
const FILES = ["run", "experiment", "staffing", "calibration"] as const;
/** Overlaps of a pixel or two are antialiasing, not collisions. */
const SLACK = 2;
/** Texts side by side on one line closer than this read as one ("2 min 20 s-1 min"). */
const GAP = 2;
/** The smallest text a chart may draw, in CSS pixels, at any width. */
const MIN_FONT_PX = 9;

describe.skipIf(!HAS_BROWSER)("the viewer's layout in both languages, on a desktop, a laptop and a phone", () => {
  let browser: Browser;
  let server: ServedFolder;
  let url: string;
  let shown = "";

  beforeAll(async () => {
    const served = await servePrebuiltViewer({ results: () => shown, port: 5191, strictPort: false });
    server = served;
    url = served.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Every view's layout problems (and the "all views" tab's), named by view. */
  const problemsOfEveryView = async (page: Page): Promise<(LayoutProblem & { view: string })[]> => {
    const views = await page.$$eval("nav.tabs button", (bs) => bs.map((b) => b.getAttribute("data-view")!));
    const found: (LayoutProblem & { view: string })[] = [];
    for (const view of views) {
      await page.click(`nav.tabs button[data-view="${view}"]`);
      await page.waitForSelector(view === "all" ? "h2.view-title" : `section.view-${view}`);
      const problems = await page.evaluate(layoutProblems, {
        root: "main.view-area",
        slack: SLACK,
        gap: GAP,
        minFontPx: MIN_FONT_PX,
      });
      found.push(...problems.map((p) => ({ view, ...p })));
    }
    return found;
  };

  for (const file of FILES)
    for (const lang of LANGS)
      for (const size of SIZES)
        it(`draws no text over another and none below ${MIN_FONT_PX} px: the ${file} file in ${lang} on ${size.name}`, async () => {
          shown = fixture(file).text;
          const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
          try {
            const watch = watchPage(page);
            await page.goto(`${url}?lang=${lang}`);
            await page.waitForSelector("nav.tabs");
            expect(await problemsOfEveryView(page)).toEqual([]);
            expect(await page.locator("main.view-area svg.chart text").count()).toBeGreaterThan(20);
            expect(watch.errors).toEqual([]);
          } finally {
            await page.close();
          }
        });
});
