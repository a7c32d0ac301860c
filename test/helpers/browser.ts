import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where Debian's chromium lives (apt-get install chromium); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** CI sets this so that a missing browser fails the run instead of skipping the browser tests. */
export const BROWSER_REQUIRED = process.env["CLIENTFLOW_REQUIRE_BROWSER"] === "1";

export const HAS_BROWSER = existsSync(CHROMIUM_PATH);

/**
 * Launches headless chromium with the flags this sandbox needs (no background network, no
 * sandbox). Its pages wait without a clock limit (Playwright's default is 30 s): a loaded machine
 * is slow, not broken, and Vitest's own bound still ends a test that hangs.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 0,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(0);
    return page;
  };
  return browser;
}
