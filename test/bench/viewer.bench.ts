import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { HAS_BROWSER, launchBrowser } from "../helpers/browser.js";
import { clientflow } from "../helpers/clientflow.js";

export interface ViewerBench {
  file: string;
  sizeMiB: number;
  /** From navigation start until the first chart is on screen, in milliseconds. */
  firstChartMs: number;
  /** Time to draw each view after its tab is clicked, in milliseconds. */
  viewMs: Record<string, number>;
}

const VIEWS = ["comparison", "timeOfDay", "staffing", "timeline", "flow", "waits", "control", "story"];
const DIR = "out/bench";

/**
 * Large results in the browser: a year of the default company with a long trace, and an
 * experiment with many set-ups over a year; each turned into a one-file report and opened in
 * chromium, timing the first chart and every view. Skipped without chromium.
 */
export async function benchViewer(quick: boolean): Promise<ViewerBench[] | null> {
  if (!HAS_BROWSER) return null;
  mkdirSync(DIR, { recursive: true });
  const days = quick ? 42 : 379;
  writeFileSync(
    `${DIR}/year.json`,
    JSON.stringify({
      extends: "../../scenarios/default.json",
      name: `default company, ${days - 14} observed days`,
      changes: [{ set: "calendar.days", value: days }],
    }),
  );
  writeFileSync(
    `${DIR}/lines.json`,
    JSON.stringify({
      name: "public lines, a year",
      base: "year.json",
      replications: quick ? 2 : 5,
      sweeps: [{ path: "phone.lines", from: 2, to: quick ? 4 : 13 }],
    }),
  );
  const reps = quick ? "2" : "10";
  clientflow([
    "run",
    `${DIR}/year.json`,
    "--replications",
    reps,
    "--trace",
    "--trace-events",
    quick ? "40000" : "200000",
    "--quiet",
    "--out",
    `${DIR}/year.results.json`,
  ]);
  clientflow(["compare", `${DIR}/lines.json`, "--quiet", "--out", `${DIR}/lines.comparison.json`]);
  const out: ViewerBench[] = [];
  const browser = await launchBrowser();
  try {
    for (const name of ["year.results", "lines.comparison"]) {
      const file = `${DIR}/${name}.json`;
      const html = `${DIR}/${name}.html`;
      clientflow(["report", file, "-o", html, "--quiet"]);
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(pathToFileURL(resolve(html)).href);
      await page.waitForSelector("svg.comparison-chart", { timeout: 120_000 });
      const firstChartMs = await page.evaluate(() => performance.now());
      const viewMs: Record<string, number> = {};
      for (const view of VIEWS) {
        viewMs[view] = await page.evaluate((v) => {
          const t = performance.now();
          (document.querySelector(`nav.tabs button[data-view="${v}"]`) as HTMLButtonElement).click();
          return performance.now() - t;
        }, view);
      }
      await page.close();
      out.push({ file, sizeMiB: statSync(html).size / 1024 / 1024, firstChartMs, viewMs });
    }
  } finally {
    await browser.close();
  }
  return out;
}
