import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePrebuiltViewer } from "../../../engine/node/viewer/index.js";
import type { ServedFolder } from "../../../engine/node/serveFolder.js";
import { calibrationReport } from "../../../engine/results/index.js";
import { HAS_BROWSER, launchBrowser } from "../../helpers/browser.js";
import { fixture } from "../../helpers/fixtures.js";
import { watchPage, type PageWatch } from "../../helpers/pageWatch.js";

const SHOTS = "out/screenshots";

describe.skipIf(!HAS_BROWSER)(
  "a calibration report in the viewer (clientflow calibrate on the shipped samples)",
  () => {
    let browser: Browser;
    let server: ServedFolder;
    let url: string;
    let page: Page;
    let watch: PageWatch;
    let shown = "";
    const { text } = fixture("calibration");
    const report = calibrationReport.parse(JSON.parse(text));

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      const served = await servePrebuiltViewer({ results: () => shown, port: 5192, strictPort: false });
      server = served;
      url = served.url;
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      watch = watchPage(page);
      // Opened with no file, then the report dropped on the page.
      await page.goto(`${url}?lang=en`);
      await page.waitForSelector("header.top");
      await page.evaluate((t) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], "calibration.json", { type: "application/json" }));
        document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, text);
      await page.waitForSelector("section.view-calibration");
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("opens a dropped report in its own view, titled by the scenario, with no other views", async () => {
      expect(await page.textContent("h1")).toBe(report.scenario.name);
      expect(await page.$$eval("nav.tabs button", (bs) => bs.map((b) => b.getAttribute("data-view")))).toEqual([
        "calibration",
        "all",
      ]);
      expect(await page.textContent("header .facts")).toContain("calibration report");
      expect(await page.locator(".problem").count()).toBe(0);
    });

    it("shows each source file with rows read, used and left out, and every bad row by reason, unfolded", async () => {
      const rows = await page.$$eval("table.calibration-sources tbody tr", (trs) =>
        trs.map((tr) => ({
          file: tr.getAttribute("data-file"),
          read: tr.querySelector(".rows-read")!.textContent,
          used: tr.querySelector(".rows-used")!.textContent,
          out: tr.querySelector(".rows-left-out")!.textContent,
        })),
      );
      expect(rows).toEqual([
        { file: "scenarios/calibration/calls.csv", read: "2,418", used: "2,415", out: "3" },
        { file: "scenarios/calibration/visits.csv", read: "1,314", used: "1,314", out: "0" },
      ]);
      const bad = await page.$$eval("li.bad-row", (lis) =>
        lis.map((li) => ({
          reason: li.getAttribute("data-reason"),
          text: li.textContent,
          visible: li.checkVisibility(),
        })),
      );
      expect(bad).toEqual([
        { reason: "unreadable start time", text: "unreadable start time: 1 row, first at row 2417", visible: true },
        { reason: "negative wait", text: "negative wait: 1 row, first at row 2418", visible: true },
        { reason: "unknown outcome", text: "unknown outcome: 1 row, first at row 2419", visible: true },
      ]);
      expect(await page.textContent(".bad-rows[data-file='scenarios/calibration/visits.csv']")).toBe(
        "scenarios/calibration/visits.csv: no row left out.",
      );
    });

    it("draws the arrival rates of every channel and segment by half hour, each weekday with its interval band", async () => {
      expect(await page.locator("svg.arrival-chart").count()).toBe(report.arrivals.length);
      for (const a of report.arrivals) {
        const chart = page.locator(`svg.arrival-chart[data-stream="${a.channel}|${a.segment ?? ""}"]`);
        expect(await chart.locator("circle.point").count()).toBe(a.perInterval.length);
        expect(await chart.locator("path.band").count()).toBe(new Set(a.perInterval.map((p) => p.weekday)).size);
      }
    });

    it("draws each fitted distribution: the sample's CDF against the chosen family's, named with its distance", async () => {
      const fits = [...report.serviceTimes.map((s) => s.fit), ...report.deals.map((d) => d.value!)];
      const charts = page.locator("svg.service-fit, svg.deal-fit");
      expect(await charts.count()).toBe(fits.length);
      for (const [i, fit] of fits.entries()) {
        const chart = charts.nth(i);
        expect(await chart.getAttribute("data-chosen")).toBe(fit.chosen);
        expect(await chart.locator("circle.sample-point").count()).toBe(fit.cdf.length);
        expect(await chart.locator("path.fitted-curve").count()).toBe(1);
        const shares = await chart
          .locator("circle.sample-point")
          .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute("data-share"))));
        expect(shares).toEqual(fit.cdf.map((p) => p.share));
      }
      const notes = await page.$$eval("figcaption.fit-note", (fs) => fs.map((f) => f.textContent));
      expect(notes[0]).toMatch(/^Chosen by the smallest BIC: lognormal mean 179\.6 \[172\.7, 186\.9\], cv 0\.802/);
      expect(notes[0]).toContain("Kolmogorov-Smirnov distance 0.017 (5% reference 0.035");
      expect(notes[0]).toContain("Next: gamma, BIC +118");
    });

    it("draws patience as the Kaplan-Meier curve with its band against the fitted exponential", async () => {
      const charts = page.locator("svg.patience-fit");
      expect(await charts.count()).toBe(report.patience.length);
      for (const [i, p] of report.patience.entries()) {
        const chart = charts.nth(i);
        expect(await chart.locator("circle.sample-point").count()).toBe(p.kaplanMeier.points.length);
        expect(await chart.locator("path.sample-band").count()).toBe(1);
        expect(await chart.locator("path.fitted-curve").count()).toBe(1);
      }
      expect(await page.textContent("figcaption.patience-note")).toMatch(
        /^Abandoned: 141; answered \(censored\): 1,523\. Mean patience 1 min 5[45] s \[/,
      );
    });

    it("shows deal chances with their intervals, and every table of the report with a CSV download", async () => {
      const chance = page.locator("svg.deal-chance");
      expect(await chance.count()).toBe(1);
      expect(await page.textContent(".deal-note[data-segment='retail']")).toBe(
        "retail: deals 491 of 981 visits; chance 50.1% [46.9%, 53.2%].",
      );
      expect(await page.$$eval("details.data-table", (ds) => ds.map((d) => d.getAttribute("data-table")))).toEqual([
        "calibration-sources",
        "calibration-rows-left-out",
        "calibration-arrivals",
        "calibration-fits",
        "calibration-patience",
        "calibration-deals",
        "calibration-variant",
      ]);
      await page.screenshot({ path: `${SHOTS}/calibration.png`, fullPage: true });
      expect(watch.errors).toEqual([]);
    });

    it("opens the report served by address (clientflow view) in Russian, counting rows with Russian plurals", async () => {
      shown = text;
      const ru = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const w = watchPage(ru);
        await ru.goto(`${url}?lang=ru#view=calibration`);
        await ru.waitForSelector("section.view-calibration svg.fit-chart");
        expect(await ru.textContent("nav.tabs button[data-view=calibration]")).toBe("Калибровка");
        expect(await ru.textContent("li.bad-row")).toBe("unreadable start time: 1 строка, первая — строка 2417");
        expect(await ru.locator("svg.fit-chart").count()).toBe(6);
        expect(w.errors).toEqual([]);
      } finally {
        await ru.close();
      }
    });

    it("refuses a calibration report of another version, saying how to make one", async () => {
      await page.evaluate(
        (t) => {
          const dt = new DataTransfer();
          dt.items.add(new File([t], "old.json", { type: "application/json" }));
          document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        JSON.stringify({ ...JSON.parse(text), version: 3 }),
      );
      await page.waitForSelector(".problem");
      expect(await page.textContent(".problem")).toMatch(
        /^This viewer reads calibration reports of version 1; the file has version 3\./,
      );
    });
  },
);
