import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { METHOD, SHIFT_METHOD, type StaffingResult } from "../../../../engine/staffing/index.js";
import type { Scenario } from "../../../../engine/scenario/index.js";
import { methodText } from "../../../../engine/node/cli/staffingWords.js";
import { staffingText } from "../../../../engine/node/cli/staffCommand.js";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";
import { removeTinyCompanies, tinyCompany } from "./tinyCompany.js";

afterEach(removeTinyCompanies);

/** English words of the staffing text that must not be left in its Russian. */
const ENGLISH =
  /Staffing|candidates|Pool "|handling time|staff hours|Interval|Arrivals|Targets met|re-check|Re-check|fresh seeds|replications|Rosters|written to|\byes\b|\bNO\b|Overtime|People|Wages|week\b|Per pool|Whole shifts|meanWait|slServed|slAnswered|pAbandon/;

describe("clientflow staff --lang", () => {
  it("prints the rosters per interval in Russian: headings, columns, the method, the pool by its Russian label", async () => {
    const t = tinyCompany();
    const out = join(t.dir, "s.json");
    const r = await cli("staff", t.staff, "--workers", "1", "--out", out, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Подбор штата \(режим целей\): смоделирован(о)? \d+ кандидат(а|ов)?\. По пулам, в заданном порядке/,
    );
    expect(r.stdout).toMatch(
      /^Пул «Консультанты зала» \(время обслуживания \d+ с\): \d+,\d ч работы штата и [\d\u00a0]+ ₽ зарплаты за рабочий день$/m,
    );
    expect(r.stdout).toMatch(
      /^Интервал +Поступлений в день +Эрланг C +Штат +Среднее ожидание \(перепроверка\) +Цели выполнены$/m,
    );
    expect(r.stdout).toMatch(/^09:00 +\d+,\d +\d+ +\d+ +[\d\u00a0]+,\d с +(да|НЕТ)$/m);
    expect(r.stdout).toMatch(
      /^Перепроверка на новых зёрнах \(«[^»]+», 2 прогона\): цели выполнены в \d+ из \d+ интервалов со штатом/m,
    );
    expect(r.stdout).toContain(`Планы штата записаны в ${join(t.dir, "s.csv")} и ${out}`);
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it("prints a plan in whole shifts in Russian: weekdays, shifts, people and overtime", async () => {
    const t = tinyCompany();
    const r = await cli("staff", t.shifts, "--workers", "1", "--out", join(t.dir, "p.json"), "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Подбор штата целыми сменами \(режим целей\): смоделирован(о)? \d+ кандидат(а|ов)?\. Целыми сменами/,
    );
    expect(r.stdout).toMatch(/^Пул «Консультанты зала» \(время обслуживания \d+ с, [\d\u00a0]+ ₽ в час\)$/m);
    expect(r.stdout).toMatch(/^День +Смены \(людей × часы\) +Людей +Оплачено часов +Зарплата +Сейчас: людей/m);
    expect(r.stdout).toMatch(/^пн /m);
    expect(r.stdout).toMatch(
      /^неделя +\d+ человека? +\d+,\d +[\d\u00a0]+ ₽ +\d+ человека? +\d+,\d +[\d\u00a0]+ ₽ +[+-]?\d+,\d +[+-]?[\d\u00a0]+ ₽$/m,
    );
    expect(r.stdout).toMatch(
      /^Переработка за неделю \(измерена на итоговых зёрнах\): \d+,\d ч, оплата [\d\u00a0]+ ₽; сейчас \d+,\d ч, оплата [\d\u00a0]+ ₽$/m,
    );
    expect(r.stdout).toMatch(/интервалов со штатом \(пул, день недели, полчаса\); сейчас в \d+ из \d+/);
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it("keeps the English text with --lang en, and the CSV and results file whatever the language", async () => {
    const t = tinyCompany();
    const en = await cli("staff", t.staff, "--workers", "1", "--out", join(t.dir, "en.json"), "--lang", "en");
    expect(en.status, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/^Staffing \(targets mode\): \d+ candidates simulated\. Per pool, in the order given/);
    expect(en.stdout).toMatch(
      /^Pool "consultants" \(handling time \d+ s\): \d+\.\d staff hours and [\d,]+ ₽ in wages per open day$/m,
    );
    expect(en.stdout).toMatch(/^Interval +Arrivals\/day +Erlang C +Staff +meanWait \(re-check\) +Targets met$/m);
    expect(en.stdout).toMatch(/^09:00 +\d+\.\d +\d+ +\d+ +[\d,]+\.\d s +(yes|NO)$/m);
    expect(en.stdout).toMatch(
      /^Re-check on fresh seeds \("[^"]+", 2 replications\): \d+ of \d+ staffed intervals meet the targets/m,
    );
    expect(en.stdout).toContain(`Rosters written to ${join(t.dir, "en.csv")} and ${join(t.dir, "en.json")}`);
  });

  it("tells both search methods in Russian, and documents --lang", async () => {
    for (const method of [METHOD, SHIFT_METHOD]) {
      expect(methodText(method, "ru")).toMatch(/^[А-Я][а-я]/);
      expect(methodText(method, "en")).toBe(method);
    }
    expect(methodText("a method of a newer engine", "ru")).toBe("a method of a newer engine");
    expect((await cli("staff", "--help")).stdout).toMatch(/--lang en\|ru +language of the printed rosters/);
  });
});

describe("staffingText", () => {
  const result: StaffingResult = {
    mode: "profit",
    scenario: { currency: "RUB" } as Scenario,
    evaluations: 40,
    method: METHOD,
    pools: [
      {
        pool: "closers",
        handleSeconds: 600,
        staffHoursPerDay: 29.5,
        wagesPerDay: 11_210,
        intervals: [
          {
            interval: "10:00",
            staff: 3,
            erlangStart: 2,
            arrivalsPerDay: 14.2,
            checked: { meanWait: 112.385, "slServed.20": 0.8123 },
            meetsTargets: true,
          },
          {
            interval: "10:30",
            staff: 1,
            erlangStart: 1,
            arrivalsPerDay: 0.4,
            checked: { meanWait: null, "slServed.20": null },
            meetsTargets: true,
          },
        ],
      },
    ],
    check: { seed: "check", replications: 2, profitPerDay: 1_372_357, intervalsMeetingTargets: 2, intervals: 2 },
  };
  const metrics = ["meanWait", "slServed.20"];

  it("writes wages and profit with the currency's sign, a wait with its seconds and a service level in percent", () => {
    const text = staffingText(result, metrics, "en");
    expect(text).toMatch(
      /^Pool "closers" \(handling time 600 s\): 29\.5 staff hours and 11,210 ₽ in wages per open day$/m,
    );
    expect(text).toMatch(/^10:00 +14\.2 +2 +3 +112\.4 s +81\.2% +yes$/m);
    expect(text).toMatch(/^10:30 +0\.4 +1 +1 +- +- +yes$/m);
    expect(text).toMatch(/; profit 1,372,357 ₽ per day$/m);
  });

  it("does the same in Russian: «11 210 ₽ зарплаты», «прибыль 1 372 357 ₽ в день», «112,4 с»", () => {
    const text = staffingText(result, metrics, "ru").replace(/\u00a0/g, " ");
    expect(text).toMatch(
      /^Пул «closers» \(время обслуживания 600 с\): 29,5 ч работы штата и 11 210 ₽ зарплаты за рабочий день$/m,
    );
    expect(text).toMatch(/^10:00 +14,2 +2 +3 +112,4 с +81,2% +да$/m);
    expect(text).toMatch(/; прибыль 1 372 357 ₽ в день$/m);
  });
});
