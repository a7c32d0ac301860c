// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { startApp } from "../../../viz/app/app.js";
import { fixture } from "../../helpers/fixtures.js";

const facts = (lang: "en" | "ru", kind: "run" | "staffing" | "experiment") => {
  const root = document.createElement("div");
  startApp(root, lang).load(fixture(kind).text);
  return root.querySelector("p.facts")!.textContent!.replace(/[\u00a0\u202f]/g, " ");
};

describe("the header's facts", () => {
  it("count replications and days in the plural form Russian asks for (3 прогона, 42 дня, 14 дней)", () => {
    const text = facts("ru", "run");
    expect(text).toContain(" · 3 прогона · 42 дня наблюдения · 14 дней разогрева · ");
    expect(facts("en", "run")).toContain(" · 3 replications · 42 observed days · 14 warm-up days · ");
  });

  it("count a staffing plan's check replications the same way", () => {
    expect(facts("ru", "staffing")).toMatch(/ · 2 прогона · /);
  });

  it("name what an experiment's number counts: its set-ups («эксперимент: 3 варианта»)", () => {
    const n = fixture("experiment").results.setUps.length;
    expect(n).toBeGreaterThan(1);
    const ru = new Intl.PluralRules("ru").select(n);
    const word = ru === "one" ? "вариант" : ru === "few" ? "варианта" : "вариантов";
    expect(facts("ru", "experiment")).toMatch(new RegExp(`^эксперимент: ${n} ${word} · `));
    expect(facts("en", "experiment")).toMatch(new RegExp(`^experiment: ${n} set-ups · `));
  });
});
