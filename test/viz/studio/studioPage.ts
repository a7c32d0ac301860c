import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_PATH, launchBrowser } from "../../helpers/browser.js";
import { watchPage, type PageWatch } from "../../helpers/pageWatch.js";

/** A studio page open in headless chromium, and what it logged. */
export interface StudioPage {
  browser: Browser;
  page: Page;
  watch: PageWatch;
}

/**
 * Chromium whose JavaScript engine computes Math.pow as Node 20's does (V8's fdlibm pow, the
 * flag --no-use-std-math-pow): newer V8 uses the C library's pow, which differs in the last bit
 * for some arguments, and the engine's deal chance uses Math.pow (see viz/studio/README.md).
 */
async function launchWithNodesPow(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 0,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--js-flags=--no-use-std-math-pow",
    ],
  });
  return browser;
}

/** Opens the studio at `url` in English and waits for its form (`nodesPow`: Math.pow as in Node 20). */
export async function openStudio(url: string, nodesPow = false): Promise<StudioPage> {
  const browser = nodesPow ? await launchWithNodesPow() : await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(0);
  const watch = watchPage(page);
  await page.goto(`${url}?lang=en`);
  await page.waitForSelector(".studio-form fieldset");
  return { browser, page, watch };
}

/** Opens the form's sections along a field path ("pools", "pools[0]", "pools[0].staff"), outermost first. */
export async function openSections(page: Page, ...paths: string[]): Promise<void> {
  for (const p of paths) {
    const section = page.locator(`details[data-path="${p}"]`);
    if ((await section.getAttribute("open")) === null) await section.locator(":scope > summary").click();
  }
}

/** Clicks a button and returns the text of the file it downloads. */
export async function downloadText(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Sets the run's seed and replications, clicks `button` and waits until the run has finished. */
export async function runFromPage(page: Page, button: "run" | "compare", replications: number): Promise<void> {
  await page.fill("input[name=seed]", "1");
  await page.fill("input[name=replications]", String(replications));
  await page.click(`button.${button}`);
  await page.waitForFunction(() => {
    const s = document.querySelector(".studio-status")?.textContent ?? "";
    return /^(Done|The run failed|Cancelled)/.test(s);
  });
}
