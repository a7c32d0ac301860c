import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePrebuiltViewer } from "../../../engine/node/viewer/index.js";
import type { ServedFolder } from "../../../engine/node/serveFolder.js";
import { HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { fixture } from "../../helpers/fixtures.js";
import { htmlOverflow } from "../../helpers/htmlOverflow.js";
import { watchPage } from "../../helpers/pageWatch.js";
import { rankedExperiment } from "../../helpers/rankedExperiment.js";

const SIZES = [
  { name: "a 390 px phone", width: 390, height: 844 },
  { name: "a 1280×720 laptop", width: 1280, height: 720 },
] as const;
const LANGS = ["en", "ru"] as const;
/** The engine's experiment, and one whose ranking carries every mark (the longest notes). */
const FILES = {
  "the experiment": () => fixture("experiment").text,
  "a ranking with every mark": () => rankedExperiment("higher").text,
} as const;
const PARTS = [
  "p.verdict",
  "table.ranking",
  "table.ranking caption",
  "table.ranking th",
  "table.ranking td",
  "table.ranking .mark",
  "p.ranking-note",
];

describe.skipIf(!HAS_BROWSER)("the verdict and the ranking table fit the window, in both languages", () => {
  let browser: Browser;
  let server: ServedFolder;
  let url: string;
  let shown = "";

  beforeAll(async () => {
    const served = await servePrebuiltViewer({ results: () => shown, port: 5196, strictPort: false });
    server = served;
    url = served.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [file, text] of Object.entries(FILES))
    for (const lang of LANGS)
      for (const size of SIZES)
        it(`nothing reaches out of the window or spills out of its cell: ${file} in ${lang} on ${size.name}`, async () => {
          shown = text();
          const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
          try {
            const watch = watchPage(page);
            await page.goto(`${url}?lang=${lang}`);
            await page.waitForSelector("table.ranking tbody tr");
            expect(await page.evaluate(htmlOverflow, { selectors: PARTS, slack: 1 })).toEqual([]);
            // Squeezed is as bad as spilled: the verdict, the caption and each set-up's row span the view.
            const widths = await page.$$eval(
              "main.view-area, p.verdict, table.ranking caption, table.ranking tbody tr",
              (els) => els.map((e) => e.getBoundingClientRect().width),
            );
            for (const w of widths.slice(1)) expect(w).toBeGreaterThan(0.9 * widths[0]!);
            if (size.width < 500)
              await page.screenshot({
                path: `out/screenshots/ranking-${file.replace(/\W+/g, "-")}-${lang}-phone.png`,
                fullPage: true,
                clip: { x: 0, y: 0, width: size.width, height: 1600 },
              });
            expect(watch.errors).toEqual([]);
          } finally {
            await page.close();
          }
        });
});
