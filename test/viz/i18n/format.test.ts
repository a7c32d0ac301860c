import { describe, expect, it } from "vitest";
import { makeFormat } from "../../../viz/i18n/index.js";

const ru = makeFormat("ru", "RUB");
const en = makeFormat("en", "RUB");
const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, " ");

describe("makeFormat(lang, currency)", () => {
  it("count(n, forms) picks the Russian form by Intl.PluralRules: 1 день, 2 дня, 5 дней, 21 день, 42 дня, 1,5 дня", () => {
    const days = "one {# день} few {# дня} many {# дней} other {# дня}";
    expect([1, 2, 5, 11, 21, 42, 1.5].map((n) => plain(ru.count(n, days)))).toEqual([
      "1 день",
      "2 дня",
      "5 дней",
      "11 дней",
      "21 день",
      "42 дня",
      "1,5 дня",
    ]);
  });

  it("count(n, forms) picks the English form: 1 replication, 2 replications", () => {
    const forms = "one {# replication} other {# replications}";
    expect([1, 2, 0].map((n) => en.count(n, forms))).toEqual(["1 replication", "2 replications", "0 replications"]);
  });

  it("count(n, forms) falls back to the other form when a category is not written", () => {
    expect(ru.count(3, "one {# прогон} other {# прогонов?}")).toBe("3 прогонов?");
  });

  it("money(v) shows the currency's symbol in both languages, and currencySymbol is that same symbol", () => {
    expect(plain(ru.money(1234))).toBe("1 234 ₽");
    expect(en.money(1234)).toBe("₽1,234");
    expect(ru.currencySymbol).toBe("₽");
    expect(en.currencySymbol).toBe("₽");
    expect(makeFormat("en", "KZT").currencySymbol).toBe("₸");
    expect(makeFormat("en", "EUR").money(5)).toBe("€5");
  });

  it("keeps a code that Intl does not know as the symbol", () => {
    const f = makeFormat("ru", "xx");
    expect(f.currencySymbol).toBe("xx");
    expect(plain(f.money(1000))).toBe("1 000 xx");
  });
});

describe("points(v) of makeFormat(lang, currency)", () => {
  it("writes a difference of shares in signed percentage points, never as a bare %", () => {
    expect(plain(en.points(-0.066))).toBe("−6.6 pp");
    expect(plain(en.points(0.05))).toBe("+5 pp");
    expect(plain(ru.points(-0.066))).toBe("−6,6 п.п.");
    expect(en.points(0)).toBe("0 pp");
  });
});

describe("interval(low, high) of makeFormat(lang, currency)", () => {
  it("separates the bounds by a semicolon in Russian, where the numbers have decimal commas, and by a comma in English", () => {
    const ru = makeFormat("ru", "RUB");
    const en = makeFormat("en", "RUB");
    expect(ru.interval(ru.percent(0.469), ru.percent(0.532))).toMatch(/^\[46,9\s%; 53,2\s%\]$/);
    expect(en.interval(en.percent(0.469), en.percent(0.532))).toBe("[46.9%, 53.2%]");
  });
});
