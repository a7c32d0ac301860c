import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEASURES, rowId, selectorColumns, type DifferenceRow, type Selector } from "../../../engine/results/index.js";
import { readResults } from "../../../viz/data/readResults.js";
import type { Results } from "../../../viz/data/results.js";
import { staffing, waits } from "../../../viz/figures/index.js";
import { clientflow } from "../../helpers/clientflow.js";
import { HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { watchPage, type PageWatch } from "../../helpers/pageWatch.js";

/** A set-up name with the characters an address treats specially. */
const VARIANT = "one more operator, 5% & #1/2?";
const OPERATOR = {
  name: "Operator 5",
  role: "order operator-consultant",
  shift: { start: "10:00", end: "19:00", weekdays: ["mon", "tue", "wed", "thu", "fri"] },
  hourlyCost: 450,
};
const CONSULTANT = { name: "Consultant 4", role: "consultant-merchandiser", shift: { start: "11:00", end: "19:00" } };
/** What a significant difference should look like, by what it means for the set-up. */
const GREEN = "#2ca02c";
const RED = "#d62728";
const GREY = "#7f7f7f";

describe.skipIf(!HAS_BROWSER)("the report of an experiment, comparing set-ups", () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let file: { [name: string]: unknown; differences: Record<string, DifferenceRow[]> };
  let results: Results;

  beforeAll(async () => {
    // One more operator answers more calls (abandonment falls: better) and costs wages (worse).
    writeFileSync(
      "out/fixtures/trade-off.json",
      JSON.stringify({
        name: "a trade-off",
        base: "short.json",
        variants: [
          { name: VARIANT, changes: [{ add: "pools[operators].staff", value: OPERATOR }] },
          { name: "one more consultant", changes: [{ add: "pools[consultants].staff", value: CONSULTANT }] },
        ],
        replications: 3,
        seed: "1",
        metrics: [
          { scope: "inbound", measure: "pAbandon" },
          { scope: "money", measure: "wagesPerDay" },
          { scope: "overall", measure: "occupancy" },
          { scope: "money", measure: "profitPerDay" },
        ],
      }),
    );
    const out = "out/fixtures/trade-off.comparison.json";
    clientflow(["compare", "out/fixtures/trade-off.json", "--quiet", "--out", out]);
    const text = readFileSync(out, "utf8");
    file = JSON.parse(text) as typeof file;
    const read = readResults(text);
    if (!read.ok) throw new Error(read.error.detail);
    results = read.results;
    clientflow(["report", out, "-o", "out/fixtures/trade-off.html", "--lang", "en", "--quiet"]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch = watchPage(page);
    await page.goto(pathToFileURL(resolve("out/fixtures/trade-off.html")).href);
    await page.waitForSelector("svg.comparison-chart");
  });

  afterAll(async () => {
    await browser?.close();
  });

  const hash = () => page.evaluate(() => location.hash);
  const reload = async (selector: string) => {
    await page.reload();
    await page.waitForSelector(selector);
  };
  const panel = (s: Selector) => `g.metric-panel[data-metric='${rowId(selectorColumns(s))}']`;
  const check = (i: number) => page.check(`input[name=set-up][value="${i}"]`);

  it("colours each difference by the catalogue's direction: green better, red worse, grey neutral, hollow not significant", async () => {
    const marks = await page.$$eval("g.difference-mark", (gs) =>
      gs.map((g) => ({
        metric: g.closest("g.metric-panel")!.getAttribute("data-metric")!,
        setUp: g.getAttribute("data-set-up")!,
        fill: g.querySelector("circle")!.getAttribute("fill"),
        stroke: g.querySelector("circle")!.getAttribute("stroke"),
      })),
    );
    expect(marks.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const mark of marks) {
      const row = file.differences[mark.setUp]!.find((r) => rowId(r) === mark.metric)!;
      const d = row.difference!;
      const direction = MEASURES[row.measure].direction;
      const better = direction === "higher" ? d.mean > 0 : d.mean < 0;
      const expected = !d.significant ? GREY : direction === "neutral" ? GREY : better ? GREEN : RED;
      expect({ ...mark, fill: mark.fill === "white" ? mark.stroke : mark.fill }).toEqual({ ...mark, fill: expected });
      expect(mark.fill === "white", `${mark.metric} of ${mark.setUp} hollow`).toBe(!d.significant);
      if (mark.setUp === VARIANT && d.significant) seen.add(expected);
    }
    // The fixture is what the test needs: one set-up significantly better on one figure and worse on another.
    expect([...seen].sort()).toEqual(expect.arrayContaining([GREEN, RED]));
    const legend = await page.$$eval("svg.comparison-chart .legend-item text", (ts) => ts.map((t) => t.textContent));
    expect(legend).toEqual(expect.arrayContaining(["better, significant", "worse, significant"]));
  });

  it("writes differences of shares in points and money with its currency", async () => {
    const tip = await page.textContent(`${panel({ scope: "inbound", measure: "pAbandon" })} g.difference-mark title`);
    const values = tip!.slice(tip!.indexOf(": ") + 2);
    expect(values).toMatch(/^[−+]\d+(\.\d)? pp \[/);
    expect(values).not.toContain("%");
    const wages = await page.textContent(`${panel({ scope: "money", measure: "wagesPerDay" })} text.panel-title`);
    expect(wages).toBe("Wages per day, ₽");
  });

  it("overlays as many series as set-ups chosen, each named in the legend", async () => {
    await page.click('nav.tabs button[data-view="timeOfDay"]');
    await page.waitForSelector("section.view-timeOfDay");
    expect(await page.locator("svg.band-chart").first().locator("g.series").count()).toBe(1);
    await check(1);
    await check(2);
    for (const chart of await page.locator("svg.band-chart").all()) {
      expect(await chart.locator("g.series").count()).toBe(3);
      expect(await chart.locator(".legend-item text").allTextContents()).toEqual(results.setUps.map((s) => s.name));
    }
    await page.click('nav.tabs button[data-view="staffing"]');
    await page.waitForSelector("section.view-staffing");
    const cells = results.setUps.reduce((n, s) => n + staffing(s).cells.length, 0);
    expect(await page.locator("rect.cell").count()).toBe(cells);
  });

  it("keeps the open view and the chosen set-ups in the address, and a reload restores them", async () => {
    await page.click('nav.tabs button[data-view="waits"]');
    await page.waitForSelector("section.view-waits");
    for (const i of [1, 2]) await page.uncheck(`input[name=set-up][value="${i}"]`);
    await check(1);
    const names = [results.setUps[0]!.name, VARIANT];
    expect(await hash()).toBe(`#view=waits&setups=${names.map(encodeURIComponent).join(",")}`);
    const curves = waits(results.setUps[0]!).curves.length + waits(results.setUps[1]!).curves.length;
    expect(await page.locator("path.curve").count()).toBe(curves);
    await reload("section.view-waits");
    expect(await page.getAttribute('nav.tabs button[data-view="waits"]', "aria-selected")).toBe("true");
    expect(await page.$$eval("input[name=set-up]", (cs) => cs.map((c) => (c as HTMLInputElement).checked))).toEqual([
      true,
      true,
      false,
    ]);
    expect(await page.locator("path.curve").count()).toBe(curves);
  });

  it("shows two set-ups side by side, each under its name, and a reload keeps them so", async () => {
    await page.selectOption("select[name=layout]", "sideBySide");
    expect(await hash()).toMatch(/&layout=sideBySide$/);
    await reload("section.view-waits");
    expect(await page.locator(".side-by-side .side h3").allTextContents()).toEqual([results.setUps[0]!.name, VARIANT]);
    expect(await page.locator(".side-by-side .side").nth(1).locator("path.curve").count()).toBe(
      waits(results.setUps[1]!).curves.length,
    );
    expect(watch.errors).toEqual([]);
  });
});
