import { readFileSync } from "node:fs";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStudio } from "../../../engine/node/cli/studioCommand.js";
import { HAS_BROWSER } from "../../helpers/browser.js";
import { openSections, openStudio, type StudioPage } from "./studioPage.js";

describe.skipIf(!HAS_BROWSER)("the studio opens files and speaks Russian, down to the fields' labels and help", () => {
  let server: ViteDevServer;
  let s: StudioPage;
  let picked = 0;
  const pick = async (name: string, buffer: Buffer) => {
    await s.page.setInputFiles(".studio-open input[type=file]", { name, mimeType: "application/json", buffer });
    picked++;
    await s.page.waitForFunction((n) => document.getElementById("studio")?.dataset["opened"] === String(n), picked, {
      timeout: 60_000,
    });
  };
  const pickFile = (path: string) => pick(path.split("/").pop()!, readFileSync(path));

  beforeAll(async () => {
    const served = await serveStudio({ port: 5193, strictPort: false });
    server = served.server;
    s = await openStudio(served.url);
  });

  afterAll(async () => {
    await s?.browser.close();
    await server?.close();
  });

  it("opens a shipped variant on the default: its changes are the edit", async () => {
    await pickFile("scenarios/variants/summon-8-minutes.json");
    // The new N, the variant's name and its display names in Russian and English.
    expect(await s.page.textContent(".studio-editor-status")).toBe("Changes from the original: 4");
    await openSections(s.page, "repeatWalkIn");
    expect(await s.page.inputValue('div.field[data-path="repeatWalkIn.minutes"] input')).toBe("8 min");
  });

  it("opens an experiment: its base is the original, its first variant the edit", async () => {
    await pickFile("scenarios/experiments/staffing.json");
    expect(await s.page.textContent(".studio-editor-status")).toMatch(/^Changes from the original: \d+$/);
    expect(await s.page.textContent(".studio-open-problem")).toBe("");
  });

  it("says in the page why a file cannot be opened", async () => {
    await pick("broken.json", Buffer.from("{ not json"));
    expect(await s.page.textContent(".studio-open-problem")).toMatch(/^This file cannot be opened: /);
  });

  it("refuses a variant whose base is not the default, in English and Russian, and opens it once its base was opened", async () => {
    const before = await s.page.textContent(".studio-editor-status");
    const variant = Buffer.from(
      JSON.stringify({ extends: "../company.json", changes: [{ set: "repeatWalkIn.minutes", value: "8 min" }] }),
    );
    await pick("on-company.json", variant);
    const refused = await s.page.textContent(".studio-open-problem");
    expect(refused).toMatch(/^This file cannot be opened: its "extends" is "\.\.\/company\.json"/);
    expect(refused).toContain('the bundled default company ("../default.json"');
    // Nothing was applied to the default.
    expect(await s.page.textContent(".studio-editor-status")).toBe(before);
    await s.page.click('button[data-lang="ru"]');
    expect(await s.page.textContent(".studio-open-problem")).toMatch(
      /^Этот файл не открыть: его «extends» — «\.\.\/company\.json»/,
    );
    await s.page.click('button[data-lang="en"]');

    const company = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
    company.name = "another company";
    await pick("company.json", Buffer.from(JSON.stringify(company)));
    await pick("on-company.json", variant);
    expect(await s.page.textContent(".studio-open-problem")).toBe("");
    expect(await s.page.textContent(".studio-editor-status")).toBe("Changes from the original: 1");
  });

  it("switches to Russian: groups, buttons and status", async () => {
    await s.page.click('button[data-lang="ru"]');
    expect(await s.page.textContent("button.run")).toBe("Запустить");
    expect(await s.page.textContent("button.compare")).toBe("Сравнить с исходным");
    expect(await s.page.locator(".studio-group > legend").first().textContent()).toBe("Компания и календарь");
    expect(await s.page.textContent(".studio-editor-status")).toMatch(/^Изменений от исходного: \d+$/);
    expect(s.watch.errors).toEqual([]);
  });

  it("shows the fields' Russian labels and help from the schema: the summon's N and the operators' pool", async () => {
    const label = (sel: string) => s.page.textContent(`${sel} > label > .field-label`);
    const help = (sel: string) => s.page.textContent(`${sel} > .help`);
    const minutes = 'div.field[data-path="repeatWalkIn.minutes"]';
    await openSections(s.page, "repeatWalkIn");
    expect(await s.page.textContent('details[data-path="repeatWalkIn"] > summary')).toBe("Повторный визит");
    expect(await label(minutes)).toBe("N: менеджер должен спуститься за");
    expect(await help(minutes)).toBe(
      '(г) N: через столько после звонка менеджер должен быть на рабочем месте в зале (секунды или текст, например "4 min").',
    );
    await openSections(s.page, "pools", "pools[0]");
    const operators = s.page.locator('details[data-path="pools[0]"]');
    expect(await operators.locator(":scope > summary").textContent()).toBe("Операторы-консультанты (operators)");
    expect(await label('div.field[data-path="pools[0].name"]')).toBe("Название");
    expect(await s.page.textContent('details[data-path="pools[0].staff"] > summary')).toMatch(/^Сотрудники \(\d+\)$/);
    expect(await help('details[data-path="pools[0].staff"]')).toMatch(/^Число одинаковых сотрудников на смене/);
    expect(await s.page.textContent('details[data-path="pools[0].selection"] > summary')).toBe("Выбор сотрудника");
    expect(await help('details[data-path="pools[0].selection"]')).toMatch(/^Как обращение выбирает среди свободных/);
    // Back in English: the English description, and the label from the key (or the schema's English one).
    await s.page.click('button[data-lang="en"]');
    expect(await label(minutes)).toBe("N: the manager is down within");
    expect(await help(minutes)).toMatch(/^\(d\) N: the manager must be at the workstation/);
    expect(await s.page.textContent('details[data-path="pools[0].staff"] > summary')).toMatch(/^Staff \(\d+\)$/);
    expect(s.watch.errors).toEqual([]);
  });
});
