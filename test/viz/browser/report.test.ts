import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomesOf } from "../../../viz/data/outcomes.js";
import {
  clientStory,
  keyFigures,
  keyFiguresTable,
  staffing,
  staffingPlan,
  storyClients,
  tableToCsv,
  timeOfDay,
  waits,
} from "../../../viz/figures/index.js";
import { makeLocale } from "../../../viz/i18n/index.js";
import { clientflow } from "../../helpers/clientflow.js";
import { BROWSER_REQUIRED, CHROMIUM_PATH, HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { fixture } from "../../helpers/fixtures.js";
import { forbidNetwork, watchPage, type PageWatch } from "../../helpers/pageWatch.js";
import { FIXTURES } from "../../setup/fixtures.js";
import { metricOf, rowId, rowsWhere, type Selector } from "../../../engine/results/index.js";

const SHOTS = "out/screenshots";
const report = (results: string, out: string, lang = "en") => {
  clientflow(["report", results, "-o", out, "--lang", lang, "--quiet"]);
  return pathToFileURL(resolve(out)).href;
};

if (!HAS_BROWSER && BROWSER_REQUIRED)
  describe("the browser tests", () => {
    it("need chromium", () => {
      throw new Error(`chromium is required (CLIENTFLOW_REQUIRE_BROWSER=1) but not found at ${CHROMIUM_PATH}`);
    });
  });

describe.skipIf(!HAS_BROWSER)("the one-file report, opened from disk with the network switched off", () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const run = fixture("run");
  const setUp = run.results.setUps[0]!;
  const metrics = setUp.metrics;
  const m = (s: Selector) => metricOf(setUp, s)!;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const url = report(FIXTURES.run, "out/fixtures/report.html");
    browser = await launchBrowser();
    const context = await browser.newContext({
      offline: true,
      viewport: { width: 1100, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    watch = watchPage(page);
    await forbidNetwork(context, watch);
    await page.goto(url);
    await page.waitForSelector("svg.comparison-chart");
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (view: string) => {
    await page.click(`nav.tabs button[data-view="${view}"]`);
    await page.waitForSelector(`section.view-${view}`);
  };
  const values = (selector: string, attribute = "data-value") =>
    page.$$eval(selector, (els, a) => els.map((e) => Number(e.getAttribute(a))), attribute);

  it("shows the key figures, one mark per figure at the file's means", async () => {
    const figures = keyFigures(run.results, makeLocale("en"));
    const panels = await page.$$eval("g.metric-panel", (els) => els.map((e) => e.getAttribute("data-metric")!));
    expect(panels).toEqual(figures.map((f) => rowId(f.metric)));
    expect(await values("circle.estimate")).toEqual(figures.map((f) => m(f.metric).mean));
    await page.screenshot({ path: `${SHOTS}/report-comparison.png`, fullPage: true });
  });

  it("shows arrivals, queue and service level per interval of the day", async () => {
    await open("timeOfDay");
    expect(await page.locator("svg.band-chart").count()).toBe(3);
    const f = timeOfDay(run.results.setUps[0]!, makeLocale("en"));
    const arrivals = await page.$$eval("svg.band-chart", (charts) =>
      [...charts[0]!.querySelectorAll("circle.point")].map((c) => [
        c.getAttribute("data-clock"),
        Number(c.getAttribute("data-value")),
      ]),
    );
    expect(arrivals).toHaveLength(f.series[0]!.points.length);
    for (const [clock, v] of arrivals)
      expect(v).toBe(m({ scope: "interval", clock: clock as string, measure: "arrivalsPerDay" }).mean);
    await page.screenshot({ path: `${SHOTS}/report-time-of-day.png`, fullPage: true });
  });

  it("shows the staffing heatmap, a cell per pool and open interval", async () => {
    await open("staffing");
    const f = staffing(run.results.setUps[0]!);
    expect(await page.locator("rect.cell").count()).toBe(f.pools.length * f.clocks.length);
    const cell = await page.$eval('rect.cell[data-pool="operators"][data-clock="10:00"]', (e) =>
      Number(e.getAttribute("data-staffed")),
    );
    expect(cell).toBe(m({ scope: "staffing", pool: "operators", clock: "10:00", measure: "staffed" }).mean);
    await page.screenshot({ path: `${SHOTS}/report-staffing.png`, fullPage: true });
  });

  it("shows each person's day, and another day when chosen", async () => {
    await open("timeline");
    const people = run.results.trace!.agents.length;
    expect(await page.locator("svg.timeline-chart .axis.y .tick").count()).toBe(people);
    const first = await page.locator("rect.segment").count();
    expect(first).toBeGreaterThan(people);
    await page.screenshot({ path: `${SHOTS}/report-timeline.png`, fullPage: true });
    const days = await page.$$eval("select[name=day] option", (os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption("select[name=day]", { value: days[1]! });
    expect(await page.$eval("select[name=day]", (s) => (s as HTMLSelectElement).value)).toBe(days[1]);
    expect(await page.locator("rect.segment").count()).toBeGreaterThan(people);
  });

  it("shows the client flow with the served node at the file's served contacts per day", async () => {
    await open("flow");
    const days = m({ scope: "window", measure: "days" }).mean;
    const served = await values('rect.node[data-id="outcome:served"]');
    expect(served[0]).toBeCloseTo(m({ scope: "overall", measure: "served" }).mean / days, 6);
    expect(await page.locator("svg.lost-contacts rect.bar").count()).toBeGreaterThan(0);
    expect(await page.locator("svg.lost-clients rect.bar").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/report-flow.png`, fullPage: true });
  });

  it("shows waiting-time distributions per channel and segment against the thresholds", async () => {
    await open("waits");
    expect(await page.locator("svg.wait-chart").count()).toBe(2);
    const thresholds = run.results.setUps[0]!.observation.thresholdsSeconds;
    expect(await page.locator("line.threshold").count()).toBe(2 * thresholds.length);
    const f = waits(run.results.setUps[0]!);
    expect(await page.locator("path.curve").count()).toBe(f.curves.length);
    const call = await page.$$eval('svg.wait-chart g.curve-mark[data-name="call"] circle.point.sl', (cs) =>
      cs.map((c) => [Number(c.getAttribute("data-seconds")), Number(c.getAttribute("data-share"))]),
    );
    expect(call).toEqual(
      thresholds.map((t) => [
        t,
        m({ scope: "channel", subject: "call", measure: "slServed", breakdown: { kind: "threshold", value: t } }).mean,
      ]),
    );
    await page.screenshot({ path: `${SHOTS}/report-waits.png`, fullPage: true });
  });

  it("shows fines by person and reason and plan attainment", async () => {
    await open("control");
    const fined = rowsWhere(metrics, { scope: "person", measure: "fines", breakdown: null }).filter(
      (row) => row.summary!.mean > 0,
    );
    expect(await page.locator("svg.fines-by-person g.stack-mark").count()).toBe(fined.length);
    const days = m({ scope: "window", measure: "days" }).mean;
    const late = await values('svg.fines-by-person rect.part[data-part="lateManager"]');
    const expected = fined
      .map((row) => m({ ...row, breakdown: { kind: "reason", value: "lateManager" } }).mean / days)
      .filter((v) => v > 0);
    expect(late).toEqual(expected);
    expect(await page.locator("svg.plan-attainment rect.bar").count()).toBe(9);
    await page.screenshot({ path: `${SHOTS}/report-control.png`, fullPage: true });
  });

  it("tells a lost client's story and why they were lost", async () => {
    await open("story");
    expect(await page.textContent("p.why.lost")).toMatch(/^Why: /);
    const trace = run.results.trace!;
    const outcomes = outcomesOf(run.results.setUps[0]!);
    const first = storyClients(trace, outcomes)[0]!;
    const story = clientStory(trace, first.client, outcomes);
    expect(await page.$eval("select[name=client]", (e) => (e as HTMLSelectElement).value)).toBe(first.client);
    expect(await page.locator("svg.story-chart g.contact-row").count()).toBe(story.contacts.length);
    expect(await page.locator("svg.story-chart rect.segment").count()).toBe(
      story.contacts.reduce((a, c) => a + c.segments.length, 0),
    );
    await page.screenshot({ path: `${SHOTS}/report-story.png`, fullPage: true });
  });

  it("downloads a table as the same CSV the command line exports", async () => {
    await open("comparison");
    await page.click('details[data-table="key-figures"] summary');
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('button.csv[data-table="key-figures"]'),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    const locale = makeLocale("en");
    expect(text).toBe(tableToCsv(keyFiguresTable(keyFigures(run.results, locale), locale)));
  });

  it("switches to Russian, with numbers in the Russian way", async () => {
    await page.click('button.lang[data-lang="ru"]');
    expect(await page.textContent('nav.tabs button[data-view="comparison"]')).toBe("Главные показатели");
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    const tip = await page.textContent("g.estimate-mark title");
    expect(tip).toMatch(/\d,\d/);
    await page.screenshot({ path: `${SHOTS}/report-ru.png`, fullPage: true });
    await page.click('button.lang[data-lang="en"]');
  });

  it("shows every view one after another for reading through or printing", async () => {
    await page.click('nav.tabs button[data-view="all"]');
    await page.waitForSelector("h2.view-title");
    expect(await page.locator("section.view").count()).toBe(8);
    for (const chart of [
      "comparison-chart",
      "band-chart",
      "staffing-heatmap",
      "timeline-chart",
      "flow-chart",
      "wait-chart",
      "story-chart",
    ])
      expect(await page.locator(`svg.${chart}`).count(), chart).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("nav.tabs").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
  });

  it("made no network request and logged no error", () => {
    expect(watch.requests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

describe.skipIf(!HAS_BROWSER)("the report of a staffing plan", () => {
  it("shows the plan alone: a cell per pool and interval, the missed ones edged", async () => {
    const plan = fixture("staffing").results.plan!;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const watch = watchPage(page);
      await page.goto(report(FIXTURES.staffing, "out/fixtures/staffing-report.html"));
      await page.waitForSelector("svg.plan-chart");
      expect(await page.$$eval("nav.tabs button", (bs) => bs.map((b) => b.getAttribute("data-view")))).toEqual([
        "plan",
        "all",
      ]);
      const f = staffingPlan(plan);
      expect(await page.locator("rect.plan-cell").count()).toBe(f.cells.length);
      expect(await page.locator("rect.plan-cell.missed").count()).toBe(f.cells.filter((c) => !c.meetsTargets).length);
      expect(await page.textContent("p.check")).toMatch(/^\d+ of \d+ staffed intervals meet the targets/);
      await page.screenshot({ path: `${SHOTS}/staffing-plan.png`, fullPage: true });
      expect(watch.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!HAS_BROWSER)("the report of an experiment", () => {
  it("shows every set-up and marks the significant paired differences", async () => {
    const exp = fixture("experiment").results;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const watch = watchPage(page);
      await page.goto(report(FIXTURES.experiment, "out/fixtures/experiment-report.html", "ru"));
      await page.waitForSelector("svg.comparison-chart");
      expect(await page.textContent("h1")).toBe(exp.title);
      const figures = keyFigures(exp, makeLocale("ru"));
      expect(await page.locator("circle.estimate").count()).toBe(figures.length * exp.setUps.length);
      expect(await page.locator("circle.difference").count()).toBe(figures.length * (exp.setUps.length - 1));
      const significant = figures.flatMap((f) => f.rows).filter((r) => r.difference?.significant === true).length;
      expect(await page.locator("circle.difference.significant").count()).toBe(significant);
      expect(await page.textContent("p.narrowing")).toMatch(
        /^Во сколько раз парные интервалы короче независимых .*\d,\d×/,
      );
      await page.screenshot({ path: `${SHOTS}/experiment-comparison.png`, fullPage: true });
      await page.click('nav.tabs button[data-view="staffing"]');
      await page.check('input[name=set-up][value="2"]');
      await page.uncheck('input[name=set-up][value="0"]');
      const f = staffing(exp.setUps[2]!);
      expect(await page.locator("rect.cell").count()).toBe(f.pools.length * f.clocks.length);
      await page.click('nav.tabs button[data-view="timeline"]');
      expect(await page.textContent("p.empty")).toContain("--trace");
      expect(watch.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
