import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEASURES, verdictText, type RankingData, type VerdictInput } from "../../../engine/results/index.js";
import { servePrebuiltViewer } from "../../../engine/node/viewer/index.js";
import type { ServedFolder } from "../../../engine/node/serveFolder.js";
import { JUDGEMENT_COLOURS } from "../../../viz/charts/judgementColours.js";
import type { Judgement } from "../../../viz/data/judgement.js";
import { formatValue } from "../../../viz/data/metricKinds.js";
import { makeFormat, type Lang } from "../../../viz/i18n/index.js";
import { clientflow } from "../../helpers/clientflow.js";
import { HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { fixture } from "../../helpers/fixtures.js";
import { forbidNetwork, watchPage, type PageWatch } from "../../helpers/pageWatch.js";
import { rankedExperiment } from "../../helpers/rankedExperiment.js";
import { FIXTURES } from "../../setup/fixtures.js";

const SHOTS = "out/screenshots";
type File = VerdictInput & { name: string; ranking: RankingData; setUps: { scenario: { currency?: string } }[] };

/** The ranking table's rows as the page shows them. */
const shownRows = (page: Page) =>
  page.$$eval("table.ranking tbody tr", (trs) =>
    trs.map((tr) => ({
      rank: tr.getAttribute("data-rank"),
      setUp: tr.querySelector("td.set-up")!.textContent,
      objective: tr.querySelector("td.objective")!.textContent,
      value: tr.querySelector("td.objective")!.getAttribute("data-value"),
    })),
  );

/** The rows the file's ranking should give, the objective formatted as the viewer formats money, shares and times. */
const expectedRows = (file: File, lang: Lang) => {
  const format = makeFormat(lang, file.setUps[0]!.scenario.currency ?? "");
  const unit = MEASURES[file.ranking.objective.measure].unit;
  return file.ranking.entries.map((e) => ({
    rank: String(e.rank),
    setUp: e.setUp,
    objective: formatValue(format, unit, e.objective),
    value: e.objective === null ? null : String(e.objective),
  }));
};

/** "rgb(214, 39, 40)" for "#d62728", as the browser reports a computed colour. */
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** What a step says of the set-up behind, worked out from the file alone. */
const expectedJudgement = (
  d: { mean: number; significant: boolean } | null,
  direction: "higher" | "lower",
): Judgement | null => {
  if (d === null) return null;
  const behind = direction === "higher" ? d.mean : -d.mean;
  return !d.significant || behind === 0 ? "notSignificant" : behind > 0 ? "worse" : "better";
};

describe.skipIf(!HAS_BROWSER)("the verdict and the ranking in the report of an experiment, opened from disk", () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const text = fixture("experiment").text;
  const file = JSON.parse(text) as File;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    clientflow(["report", FIXTURES.experiment, "-o", "out/fixtures/ranking-report.html", "--lang", "en", "--quiet"]);
    browser = await launchBrowser();
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    watch = watchPage(page);
    await forbidNetwork(context, watch);
    await page.goto(pathToFileURL(resolve("out/fixtures/ranking-report.html")).href);
    await page.waitForSelector("table.ranking tbody tr");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("says the verdict the command line prints, in English, above the chart", async () => {
    expect(await page.textContent("p.verdict")).toBe(verdictText(file, "en"));
    const above = await page.evaluate(() => {
      const chart = document.querySelector("svg.comparison-chart")!;
      return [document.querySelector("p.verdict")!, document.querySelector("table.ranking")!].map(
        (e) => (e.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
    });
    expect(above).toEqual([true, true]);
    await page.screenshot({ path: `${SHOTS}/ranking-report-en.png`, fullPage: true });
  });

  it("lists the ranking's set-ups in its order, with their ranks and objective means formatted from the file", async () => {
    expect(await shownRows(page)).toEqual(expectedRows(file, "en"));
    expect(await page.textContent("table.ranking caption")).toBe(
      "Set-ups ranked by Profit per day (higher is better), best first",
    );
  });

  it("says the same in Russian, numbers the Russian way", async () => {
    await page.click('button.lang[data-lang="ru"]');
    await page.waitForFunction(() => document.querySelector("p.verdict")?.textContent?.startsWith("Лучший вариант"));
    expect(await page.textContent("p.verdict")).toBe(verdictText(file, "ru"));
    expect(await shownRows(page)).toEqual(expectedRows(file, "ru"));
    expect(await page.textContent("table.ranking caption")).toBe(
      "Варианты по показателю «Прибыль в день» (чем больше, тем лучше), от лучшего",
    );
    await page.screenshot({ path: `${SHOTS}/ranking-report-ru.png`, fullPage: true });
    await page.click('button.lang[data-lang="en"]');
  });

  it("made no network request and logged no error", () => {
    expect(watch.requests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

describe.skipIf(!HAS_BROWSER)("the ranking of files opened in the viewer (clientflow view)", () => {
  let browser: Browser;
  let server: ServedFolder;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    const served = await servePrebuiltViewer({ results: () => fixture("run").text, port: 5197, strictPort: false });
    server = served;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = watchPage(page);
    await page.goto(`${served.url}?lang=en`);
    await page.waitForSelector("svg.comparison-chart");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Drops a file on the page and waits for its own title (the earlier file's chart is already there). */
  const drop = async (text: string, title: string) => {
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], "results.json", { type: "application/json" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, title);
    await page.waitForSelector("svg.comparison-chart");
  };

  it("shows no verdict and no ranking for a run", async () => {
    expect(await page.locator("svg.comparison-chart").count()).toBe(1);
    expect(await page.locator("p.verdict").count()).toBe(0);
    expect(await page.locator("table.ranking").count()).toBe(0);
  });

  for (const direction of ["higher", "lower"] as const)
    it(`colours each step by what it says of the set-up behind, on an objective where ${direction} is better`, async () => {
      const { text, file } = rankedExperiment(direction);
      const f = file as unknown as File;
      await drop(text, f.name);
      await page.waitForFunction(
        (d) => document.querySelector("table.ranking")?.getAttribute("data-direction") === d,
        direction,
      );
      expect(await page.textContent("p.verdict")).toBe(verdictText(f, "en"));
      expect(await shownRows(page)).toEqual(expectedRows(f, "en"));
      const steps = await page.$$eval("table.ranking tbody tr", (trs) =>
        trs.map((tr) =>
          ["behind-previous", "behind-best"].map((name) => {
            const td = tr.querySelector(`td.${name}`)!;
            return { judgement: td.getAttribute("data-judgement"), colour: getComputedStyle(td).color };
          }),
        ),
      );
      const expected = f.ranking.entries.map((e) =>
        [e.behindPrevious, e.behindBest].map((d) => {
          const judgement = expectedJudgement(d, direction);
          return { judgement, colour: rgb(judgement === null ? "#222222" : JUDGEMENT_COLOURS[judgement]) };
        }),
      );
      expect(steps).toEqual(expected);
      // The file's steps cover every case: red behind, green ahead (ranked lower for a broken constraint), grey ties.
      expect(new Set(expected.flat().map((s) => s.judgement))).toEqual(
        new Set([null, "worse", "better", "notSignificant"]),
      );
      await page.screenshot({ path: `${SHOTS}/ranking-${direction}.png`, fullPage: true });
    });

  it("names the constraints broken or in doubt, and marks worse on every figure, dominated and tied", async () => {
    const notes = await page.$$eval("table.ranking tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td.notes .mark")].map((m) => [m.classList[1], m.textContent])),
    );
    expect(notes).toEqual([
      [],
      [["dominated", 'dominated by "one more operator" (better on some figures, worse on none)']],
      [
        ["uncertain", "may break (the interval crosses the bound): Abandoned at most 5%"],
        ["tied", "tied with the best"],
      ],
      [
        ["breaks", "breaks: Abandoned at most 5%"],
        ["worse-on-every", 'worse than "one more operator" on every figure shown'],
      ],
    ]);
  });

  it("shows neither for an experiment written before rankings, and still its key figures", async () => {
    const older = JSON.parse(fixture("experiment").text) as Record<string, unknown>;
    delete older["ranking"];
    delete older["pairs"];
    older["name"] = "an older experiment";
    await drop(JSON.stringify(older), "an older experiment");
    expect(await page.locator("p.verdict").count()).toBe(0);
    expect(await page.locator("table.ranking").count()).toBe(0);
    expect(await page.locator("circle.difference").count()).toBeGreaterThan(0);
  });

  it("logged no error", () => {
    expect(watch.errors).toEqual([]);
  });
});
