import { describe, expect, it } from "vitest";
import { verdictText, type VerdictInput } from "../../../engine/results/index.js";
import { readResults } from "../../../viz/data/readResults.js";
import type { Results } from "../../../viz/data/results.js";
import { ranking, verdict } from "../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";
import { rankedExperiment } from "../../helpers/rankedExperiment.js";

const read = (text: string): Results => {
  const r = readResults(text);
  if (!r.ok) throw new Error(r.error.detail);
  return r.results;
};
const higher = rankedExperiment("higher");
const ranked = read(higher.text);
const en = { locale: makeLocale("en"), format: makeFormat("en", "RUB") };
const ru = { locale: makeLocale("ru"), format: makeFormat("ru", "RUB") };

describe("ranking(results, locale, format)", () => {
  it("is null for a run and for an experiment without a ranking", () => {
    expect(ranking(fixture("run").results, en.locale, en.format)).toBeNull();
    const older = JSON.parse(fixture("experiment").text) as Record<string, unknown>;
    delete older["ranking"];
    delete older["pairs"];
    expect(ranking(read(JSON.stringify(older)), en.locale, en.format)).toBeNull();
  });

  it("lists the engine's ranking of the experiment fixture in its order, with its objective formatted", () => {
    const exp = fixture("experiment").results;
    const f = ranking(exp, en.locale, en.format)!;
    expect(f.rows.map((r) => [r.rank, r.setUp])).toEqual(exp.ranking!.entries.map((e) => [e.rank, e.setUp]));
    expect(f.rows.map((r) => r.objectiveText)).toEqual(exp.ranking!.entries.map((e) => en.format.money(e.objective)));
    expect(f.direction).toBe("higher");
    expect(f.objectiveLabel).toBe("Profit per day");
  });

  it("names each constraint with its bound, and the constraints each set-up breaks or may break", () => {
    const f = ranking(ranked, en.locale, en.format)!;
    expect(f.constraints).toEqual([`Abandoned at most ${en.format.percent(0.05)}`]);
    expect(f.rows[3]!.breaks).toEqual(f.constraints);
    expect(f.rows[2]!.uncertain).toEqual(f.constraints);
    expect(ranking(ranked, ru.locale, ru.format)!.constraints).toEqual([
      `Не дождались не больше ${ru.format.percent(0.05)}`,
    ]);
  });

  it("judges each step by what it says of the set-up behind", () => {
    const f = ranking(ranked, en.locale, en.format)!;
    const judged = f.rows.map((r) => [r.behindPrevious?.judgement ?? null, r.behindBest?.judgement ?? null]);
    expect(judged).toEqual([
      [null, null],
      ["worse", "worse"],
      ["notSignificant", "notSignificant"],
      ["better", "worse"],
    ]);
    const lower = ranking(read(rankedExperiment("lower").text), en.locale, en.format)!;
    expect(lower.rows.map((r) => [r.behindPrevious?.judgement ?? null, r.behindBest?.judgement ?? null])).toEqual(
      judged,
    );
    expect(lower.rows[1]!.behindPrevious!.behind).toBe(20);
  });

  it("marks worse on every figure, dominated (unless worse on every figure is said) and tied with the best", () => {
    const f = ranking(ranked, en.locale, en.format)!;
    expect(f.rows.map((r) => [r.worseOnEveryFigureThan, r.dominatedBy, r.tiedWithBest])).toEqual([
      [null, null, false],
      [null, "one more operator", false],
      [null, null, true],
      ["one more operator", null, false],
    ]);
  });
});

describe("verdict(results, lang)", () => {
  it("is the results contract's verdictText of the file, in English and Russian", () => {
    for (const text of [fixture("experiment").text, higher.text, rankedExperiment("lower").text])
      for (const lang of ["en", "ru"] as const)
        expect(verdict(read(text), lang)).toBe(verdictText(JSON.parse(text) as VerdictInput, lang));
  });

  it("is null for a run", () => {
    expect(verdict(fixture("run").results, "en")).toBeNull();
  });
});
