import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where Debian's chromium lives (apt-get install chromium); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** CI sets this so that a missing browser fails the run instead of skipping the browser tests. */
export const BROWSER_REQUIRED = process.env["CLIENTFLOW_REQUIRE_BROWSER"] === "1";

export const HAS_BROWSER = existsSync(CHROMIUM_PATH);

/** Launches headless chromium with the flags this sandbox needs (no background network, no sandbox). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
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
}
