import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStudio } from "../../../engine/node/cli/studioCommand.js";
import { HAS_BROWSER } from "../../helpers/browser.js";
import { downloadText, openSections, openStudio, runFromPage, type StudioPage } from "./studioPage.js";

interface Pool {
  name: string;
  selection?: { kind: string };
  wrapUp?: unknown;
  overflow?: unknown;
}

describe.skipIf(!HAS_BROWSER)(
  "the studio's form: choices in words, values of either type, optional fields added and removed",
  () => {
    let server: ViteDevServer;
    let s: StudioPage;
    const scenario = async () =>
      JSON.parse(await downloadText(s.page, "button.download-scenario")) as {
        calendar: { atClosing: string; startWeekday: string; intervalMinutes: number };
        segments: { deal?: { waitHalfLife?: unknown } }[];
        pools: (Pool & { queue?: { capacity?: number | null } })[];
      };
    const optionTexts = (select: string) => s.page.locator(`${select} > option`).allTextContents();

    beforeAll(async () => {
      const served = await serveStudio({ port: 5196, strictPort: false });
      server = served.server;
      s = await openStudio(served.url);
      await s.page.click('button[data-lang="ru"]');
    });

    afterAll(async () => {
      await s?.browser.close();
      await server?.close();
    });

    it("shows a pool's selection kinds in Russian words and keeps the code value in the scenario", async () => {
      await openSections(s.page, "pools", "pools[0]", "pools[0].selection");
      const kind = 'details[data-path="pools[0].selection"] > label > select.kind';
      expect(await optionTexts(kind)).toEqual([
        "Наименее загруженный",
        "Дольше всех свободный",
        "По кругу",
        "Сначала свой менеджер",
      ]);
      expect(await s.page.inputValue(kind)).toBe("least-workload");
      await s.page.selectOption(kind, "longest-idle");
      expect((await scenario()).pools[0]!.selection).toEqual({ kind: "longest-idle" });
      // In English the same choices read as words, not code.
      await s.page.click('button[data-lang="en"]');
      expect(await optionTexts(kind)).toEqual(["Least workload", "Longest idle", "Round robin", "Own manager first"]);
      await s.page.click('button[data-lang="ru"]');
      // Each test leaves the scenario as it found it.
      await s.page.click("button.undo");
    });

    it("shows an enum's values in Russian words (weekdays, the closing rule) and writes the value chosen", async () => {
      await openSections(s.page, "calendar");
      const weekday = 'div.field[data-path="calendar.startWeekday"] select';
      expect(await optionTexts(weekday)).toEqual([
        "Понедельник",
        "Вторник",
        "Среда",
        "Четверг",
        "Пятница",
        "Суббота",
        "Воскресенье",
      ]);
      const closing = 'div.field[data-path="calendar.atClosing"] select';
      expect(await optionTexts(closing)).toEqual(["Дообслужить ожидающих", "Ожидающие уходят"]);
      await s.page.selectOption(closing, { label: "Ожидающие уходят" });
      await s.page.selectOption(weekday, { label: "Среда" });
      const { calendar } = await scenario();
      expect(calendar.atClosing).toBe("lose-waiting");
      expect(calendar.startWeekday).toBe("wed");
      // A record keyed by weekday shows its keys in words.
      await openSections(s.page, "calendar.openingHours");
      expect(await s.page.textContent('details[data-path="calendar.openingHours.mon"] > summary')).toBe("Понедельник");
      await s.page.click("button.undo");
      await s.page.click("button.undo");
    });

    it("takes a duration as a number or a text, a fixed interval from a list, an empty capacity as unlimited", async () => {
      // Each redraw (here the language switch) draws a field again from the value it holds now.
      const redraw = async () => {
        await s.page.click('button[data-lang="en"]');
        await s.page.click('button[data-lang="ru"]');
      };
      await openSections(s.page, "segments", "segments[1]", "segments[1].deal");
      const halfLife = 'div.field[data-path="segments[1].deal.waitHalfLife"] input';
      await s.page.fill(halfLife, "600");
      expect((await scenario()).segments[1]!.deal!.waitHalfLife).toBe(600);
      await redraw();
      await s.page.fill(halfLife, "10 min");
      expect((await scenario()).segments[1]!.deal!.waitHalfLife).toBe("10 min");

      await openSections(s.page, "calendar");
      const interval = 'div.field[data-path="calendar.intervalMinutes"] select';
      expect(await optionTexts(interval)).toEqual(["15", "30", "60"]);
      await s.page.selectOption(interval, "60");
      expect((await scenario()).calendar.intervalMinutes).toBe(60);

      await openSections(s.page, "pools", "pools[0]", "pools[0].queue");
      const capacity = 'div.field[data-path="pools[0].queue.capacity"] input';
      await s.page.fill(capacity, "");
      expect((await scenario()).pools[0]!.queue!.capacity).toBeNull();
      await redraw();
      await s.page.fill(capacity, "12");
      expect((await scenario()).pools[0]!.queue!.capacity).toBe(12);
      expect(await s.page.textContent(".studio-editor-status")).toBe("Изменений от исходного: 3");
      for (let i = 0; i < 3; i++) await s.page.click("button.undo");
      expect(await s.page.textContent(".studio-editor-status")).toBe("Изменений от исходного: 0");
    });

    it("adds a pool's wrap-up (absent in the scenario): it shows in the form and the run uses it", async () => {
      await openSections(s.page, "pools", "pools[2]");
      expect((await scenario()).pools[2]!.wrapUp).toBeUndefined();
      const add = 'details[data-path="pools[2]"] > .add-fields > button.add-field[data-key="wrapUp"]';
      expect(await s.page.textContent(add)).toBe("Добавить «Постобработка»");
      await s.page.click(add);
      // Added open, as the first kind of the union with its minimal value.
      const kind = 'details[data-path="pools[2].wrapUp"] > label > select.kind';
      expect(await s.page.inputValue(kind)).toBe("exponential");
      expect(await s.page.locator(`${kind} > option:checked`).textContent()).toBe("Экспоненциальное");
      await s.page.fill('div.field[data-path="pools[2].wrapUp.mean"] input', "30");
      expect(await s.page.textContent(".studio-editor-status")).toBe("Изменений от исходного: 1");
      expect((await scenario()).pools[2]!.wrapUp).toEqual({ kind: "exponential", mean: 30 });
      // The run's status is awaited in English.
      await s.page.click('button[data-lang="en"]');
      await runFromPage(s.page, "run", 1);
      expect(await s.page.textContent(".studio-status")).toMatch(/^Done in /);
      await s.page.click('button[data-lang="ru"]');
      const results = JSON.parse(await downloadText(s.page, "button.download-results")) as {
        scenario: { definition: { pools: Pool[] } };
      };
      expect(results.scenario.definition.pools[2]!.wrapUp).toEqual({ kind: "exponential", mean: 30 });
    });

    it("adds a pool's overflow, which the check asks to complete, and removes optional fields again", async () => {
      await s.page.click('details[data-path="pools[2]"] > .add-fields > button.add-field[data-key="overflow"]');
      const pool = 'div.field[data-path="pools[2].overflow.pool"]';
      expect(await s.page.inputValue(`${pool} input`)).toBe("");
      expect(await s.page.textContent(".studio-editor-status")).toMatch(/В сценарии ошибок: \d+\./);
      await s.page.fill(`${pool} input`, "closers");
      // An overflow needs a wait or a queue length too (a rule the check knows, not the JSON Schema).
      expect(await s.page.textContent('details[data-path="pools[2].overflow"] > .field-error')).toMatch(
        /afterWait, whenWaiting or both/,
      );
      await s.page.click(
        'details[data-path="pools[2].overflow"] > .add-fields > button.add-field[data-key="afterWait"]',
      );
      await s.page.fill('div.field[data-path="pools[2].overflow.afterWait"] input', "90");
      expect(await s.page.textContent(".studio-editor-status")).toBe("Изменений от исходного: 2");
      expect((await scenario()).pools[2]!.overflow).toEqual({ pool: "closers", afterWait: 90 });

      const remove = (field: string) =>
        s.page.click(`div.optional-field:has(> details[data-path="pools[2].${field}"]) > button.remove-field`);
      await remove("overflow");
      expect(await s.page.locator('details[data-path="pools[2].overflow"]').count()).toBe(0);
      expect((await scenario()).pools[2]!.overflow).toBeUndefined();
      await remove("wrapUp");
      const pools = (await scenario()).pools;
      expect(pools[2]!.wrapUp).toBeUndefined();
      expect(await s.page.textContent(".studio-editor-status")).toBe("Изменений от исходного: 0");
      // The button to add it is back.
      expect(await s.page.locator('details[data-path="pools[2]"] button.add-field[data-key="wrapUp"]').count()).toBe(1);
      expect(s.watch.errors).toEqual([]);
    });
  },
);
