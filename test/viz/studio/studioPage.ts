import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../helpers/browser.js";
import { watchPage, type PageWatch } from "../../helpers/pageWatch.js";

/** A studio page open in headless chromium, and what it logged. */
export interface StudioPage {
  browser: Browser;
  page: Page;
  watch: PageWatch;
}

/** Opens the studio at `url` in English, in a stock headless chromium, and waits for its form. */
export async function openStudio(url: string): Promise<StudioPage> {
  const browser = await launchBrowser();
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
    // The fields inside are drawn on the section's toggle event, which comes after the click.
    await page.locator(`details[data-path="${p}"][data-drawn="1"]`).waitFor({ state: "attached" });
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
