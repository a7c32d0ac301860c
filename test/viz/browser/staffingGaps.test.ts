import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePrebuiltViewer } from "../../../engine/node/viewer/index.js";
import type { ServedFolder } from "../../../engine/node/serveFolder.js";
import { metricOf, rowsWhere, type MetricRowData } from "../../../engine/results/index.js";
import { HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { fixture } from "../../helpers/fixtures.js";
import { watchPage, type PageWatch } from "../../helpers/pageWatch.js";

/** Operators' cells set to each case of the gap: [clock, staffed, needed, the state expected]. */
const CASES = [
  ["10:00", 2, 4, "short"],
  ["10:30", 3, 3, "met"],
  ["11:00", 0, 0, "met"],
  ["11:30", 6, 2, "over"],
] as const;

/** The run fixture with the operators' staffed and needed set to CASES at their clocks. */
function withCases(text: string): string {
  const file = JSON.parse(text) as { metrics: MetricRowData[] };
  for (const [clock, staffed, needed] of CASES)
    for (const [measure, mean] of [
      ["staffed", staffed],
      ["needed", needed],
    ] as const) {
      const row = file.metrics.find(
        (r) => r.scope === "staffing" && r.pool === "operators" && r.clock === clock && r.measure === measure,
      );
      if (row === undefined || row.summary === null) throw new Error(`no ${measure} row of operators at ${clock}`);
      row.summary = { ...row.summary, mean, se: 0, ci95: [mean, mean] };
      row.values = row.values.map(() => mean);
    }
  return JSON.stringify(file);
}

const rgb = (fill: string) => (fill.match(/\d+/g) ?? []).map(Number);

describe.skipIf(!HAS_BROWSER)("the staffing view: the heatmap's gap colours and overtime per pool", () => {
  let browser: Browser;
  let server: ServedFolder;
  let page: Page;
  let watch: PageWatch;
  const run = fixture("run");
  const shown = withCases(run.text);

  beforeAll(async () => {
    const served = await servePrebuiltViewer({ results: () => shown, port: 5193, strictPort: false });
    server = served;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = watchPage(page);
    await page.goto(`${served.url}?lang=en#view=staffing`);
    await page.waitForSelector("svg.staffing-heatmap");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("colours a short cell blue, a met cell neutral (0 staffed of 0 needed too) and an over cell grey", async () => {
    const cells = await page.$$eval("svg.staffing-heatmap rect.cell", (rs) =>
      rs.map((r) => ({
        pool: r.getAttribute("data-pool"),
        clock: r.getAttribute("data-clock"),
        gap: r.getAttribute("data-gap"),
        fill: r.getAttribute("fill")!,
      })),
    );
    for (const [clock, , , state] of CASES) {
      const cell = cells.find((c) => c.pool === "operators" && c.clock === clock);
      expect(cell?.gap, clock).toBe(state);
    }
    // A cell with no target (a pool the service level does not cover) has no gap, and is neutral too.
    const seen = new Set(cells.flatMap((c) => (c.gap === null ? [] : [c.gap])));
    expect([...seen].sort()).toEqual(["met", "over", "short"]);
    for (const c of cells) {
      if (c.gap === "met" || c.gap === null) expect(c.fill, `${c.pool} ${c.clock}`).toBe("#f7f7f7");
      if (c.gap === "short") {
        const [r, g, b] = rgb(c.fill);
        expect(b! > r! && b! > g!, `${c.pool} ${c.clock} ${c.fill}`).toBe(true);
      }
      if (c.gap === "over") {
        const [r, g, b] = rgb(c.fill);
        expect(r === g && g === b && r! < 0xf7, `${c.pool} ${c.clock} ${c.fill}`).toBe(true);
      }
    }
  });

  it("writes the signed gap in each labelled cell, inside its cell, and nothing in a 0/0 cell", async () => {
    const labels = await page.$$eval("svg.staffing-heatmap g.cell-mark", (gs) =>
      gs.flatMap((g) => {
        const rect = g.querySelector("rect")!;
        const text = g.querySelector("text.cell-label");
        if (text === null) return [];
        const rb = rect.getBoundingClientRect();
        const tb = text.getBoundingClientRect();
        return [
          {
            clock: rect.getAttribute("data-clock"),
            pool: rect.getAttribute("data-pool"),
            text: text.textContent,
            inside:
              tb.left >= rb.left - 0.5 &&
              tb.right <= rb.right + 0.5 &&
              tb.top >= rb.top - 0.5 &&
              tb.bottom <= rb.bottom + 0.5,
          },
        ];
      }),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((l) => !l.inside)).toEqual([]);
    const operators = (clock: string) => labels.find((l) => l.pool === "operators" && l.clock === clock)?.text;
    expect(operators("10:00")).toBe("−2");
    expect(operators("10:30")).toBe("0");
    expect(operators("11:00")).toBeUndefined();
    expect(operators("11:30")).toBe("+4");
  });

  it("shows overtime hours and pay per day per pool and for all pools, with intervals, from the file", async () => {
    const setUp = run.results.setUps[0]!;
    const pools = rowsWhere(setUp.metrics, { scope: "pool", measure: "overtimeHoursPerDay" }).filter(
      (r) => r.summary !== null && r.summary.ci95[1] > 0,
    );
    expect(pools.length).toBeGreaterThan(0);
    const hours = await page.$$eval("svg.overtime-hours rect.bar", (rs) =>
      rs.map((r) => Number(r.getAttribute("data-value"))),
    );
    expect(hours).toEqual([
      ...pools.map((r) => r.summary!.mean),
      metricOf(setUp, { scope: "money", measure: "overtimeHoursPerDay" })!.mean,
    ]);
    const cost = await page.$$eval("svg.overtime-cost rect.bar", (rs) =>
      rs.map((r) => Number(r.getAttribute("data-value"))),
    );
    expect(cost.at(-1)).toBe(metricOf(setUp, { scope: "money", measure: "overtimeCostPerDay" })!.mean);
    expect(await page.locator("svg.overtime-hours line.ci").count()).toBeGreaterThan(0);
    expect(await page.locator("svg.overtime-hours g.bar-mark").last().locator("title").textContent()).toMatch(
      /^all pools: .+ \[.+, .+\]$/,
    );
    await page.click('button.lang[data-lang="ru"]');
    await page.waitForSelector("svg.overtime-cost");
    expect(await page.locator("svg.overtime-hours g.bar-mark").last().locator("title").textContent()).toMatch(
      /^все пулы: /,
    );
    expect(watch.errors).toEqual([]);
  });
});
