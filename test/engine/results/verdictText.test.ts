import { describe, expect, it } from "vitest";
import { selectorColumns, verdictText, type Selector, type VerdictInput } from "../../../engine/results/index.js";

/** A row of the whole company by its scope and measure, every other column empty. */
const columns = (scope: Selector["scope"], measure: Selector["measure"]) =>
  selectorColumns({ scope, measure } as Selector);
const profit = columns("money", "profitPerDay");
const abandon = columns("inbound", "pAbandon");
const diff = (mean: number, lo: number, hi: number) => ({
  mean,
  se: 1,
  ci95: [lo, hi] as [number, number],
  n: 10,
  significant: lo > 0 || hi < 0,
  independentCi95: [lo, hi] as [number, number],
});
const entry = (setUp: string, rank: number, objective: number, extra: object = {}) => ({
  setUp,
  rank,
  objective,
  breaks: [],
  uncertain: [],
  behindPrevious: null,
  behindBest: null,
  tiedWithBest: rank === 1,
  worseOnEveryFigureThan: null,
  dominatedBy: null,
  ...extra,
});

/** Two set-ups: "serve" earns 45,000 RUB a day more than the base, and abandonment rises 6.6 points. */
const results: VerdictInput = {
  setUps: [
    { name: "base", scenario: { currency: "RUB" } },
    { name: "serve", scenario: { currency: "RUB" } },
    { name: "escort", scenario: { currency: "RUB" } },
  ],
  ranking: {
    objective: { ...profit, direction: "higher" },
    constraints: [{ ...abandon, atMost: 0.2, atLeast: null }],
    entries: [
      entry("serve", 1, 1_345_000),
      entry("base", 2, 1_300_000, {
        behindPrevious: diff(45_000, 12_000, 78_000),
        behindBest: diff(45_000, 12_000, 78_000),
      }),
      entry("escort", 3, 1_200_000, { breaks: [0], worseOnEveryFigureThan: "serve" }),
    ],
  },
  pairs: [
    {
      a: "base",
      b: "serve",
      differences: [
        { ...abandon, difference: diff(-0.066, -0.09, -0.04) },
        { ...profit, difference: diff(-45_000, -78_000, -12_000) },
      ],
    },
  ],
};

describe("verdictText", () => {
  it("names the best set-up, its lead over the next with the paired interval, and what it changes against the base", () => {
    const text = verdictText(results, "en")!;
    expect(text).toContain(
      'The best set-up is "serve": Profit per day 1,345,000 ₽, 45,000 [12,000, 78,000] ₽ more than "base", the next',
    );
    expect(text).toContain('Against "base" it also changes Abandoned +6.6 [+4, +9] points.');
    expect(text).toContain("It keeps Abandoned at most 20%.");
    expect(text).toContain('"escort" breaks Abandoned at most 20% and is ranked after every set-up that keeps it.');
    expect(text).toContain('"escort" is worse than "serve" on every figure shown.');
  });

  it("says so in Russian, with Russian numbers and points", () => {
    const text = verdictText(results, "ru")!;
    expect(text).toContain(
      "Лучший вариант — «serve»: прибыль в день 1\u00a0345\u00a0000 ₽, на 45\u00a0000 [12\u00a0000; 78\u00a0000] ₽ больше",
    );
    expect(text).toContain("п.п.");
  });

  it("says the best cannot be told apart when the paired interval to the next includes zero", () => {
    const tied: VerdictInput = {
      ...results,
      ranking: {
        ...results.ranking!,
        entries: [
          entry("serve", 1, 1_345_000),
          entry("base", 2, 1_340_000, { behindPrevious: diff(5_000, -3_000, 13_000), tiedWithBest: true }),
        ],
      },
    };
    const text = verdictText(tied, "en")!;
    expect(text).toMatch(
      /^The best set-up is "serve": Profit per day 1,345,000 ₽\. It cannot be told apart from "base" on Profit per day/,
    );
  });

  it("says when the first by the objective's mean is dominated: the other is as good there and better elsewhere", () => {
    const dominated: VerdictInput = {
      ...results,
      ranking: {
        ...results.ranking!,
        constraints: [],
        entries: [
          entry("base", 1, 1_345_000, { dominatedBy: "serve" }),
          entry("serve", 2, 1_340_000, { behindPrevious: diff(5_000, -3_000, 13_000), tiedWithBest: true }),
        ],
      },
      pairs: [
        {
          a: "base",
          b: "serve",
          differences: [
            { ...abandon, difference: diff(0.05, 0.02, 0.08) },
            { ...profit, difference: diff(5_000, -3_000, 13_000) },
          ],
        },
      ],
    };
    expect(verdictText(dominated, "en")).toContain(
      '"base" is first on Profit per day by its mean only: "serve" cannot be told apart from it there, is better on Abandoned and worse on no figure shown',
    );
    expect(verdictText(dominated, "ru")).toContain(
      "«base» первый по показателю «Прибыль в день» лишь по среднему: «serve» там от него неотличим, лучше по показателю «Не дождались» и ни по одному показанному не хуже",
    );
    // Not said when the first is not dominated.
    expect(verdictText(results, "en")).not.toContain("by its mean only");
  });

  it("says the ranking holds when every sensitivity run keeps the order, and names them", () => {
    const order = results.ranking!.entries;
    const kept = (name: string) => ({ name, sameBest: true, sameOrder: true, ranking: { entries: order } });
    expect(verdictText({ ...results, sensitivity: [kept("more calls"), kept("slower talks")] }, "en")).toMatch(
      / The ranking holds in every sensitivity run \("more calls", "slower talks"\)\.$/,
    );
    expect(verdictText({ ...results, sensitivity: [kept("больше звонков")] }, "ru")).toMatch(
      / Во всех проверках чувствительности \(«больше звонков»\) порядок вариантов сохраняется\.$/,
    );
  });

  it("says which set-up ranks first instead in a sensitivity run that flips the answer, and when the two are a tie there", () => {
    const flipped = [entry("base", 1, 1_100_000), entry("serve", 2, 1_090_000)];
    const tiedFlip = [entry("base", 1, 1_100_000), entry("serve", 2, 1_099_000, { tiedWithBest: true })];
    const text = verdictText(
      {
        ...results,
        sensitivity: [
          { name: "more calls", sameBest: true, sameOrder: false, ranking: { entries: flipped.slice().reverse() } },
          { name: "wages up", sameBest: false, sameOrder: false, ranking: { entries: flipped } },
          { name: "fewer calls", sameBest: false, sameOrder: false, ranking: { entries: tiedFlip } },
        ],
      },
      "en",
    )!;
    expect(text).toContain('In the sensitivity run "wages up", "base" ranks first instead.');
    expect(text).toContain(
      'In the sensitivity run "fewer calls", "base" ranks first instead (the two cannot be told apart there).',
    );
    expect(text).not.toContain("holds");
    expect(text).not.toContain("more calls");
  });

  it("says the best stays first but the order behind it changes, naming where", () => {
    const entries = results.ranking!.entries;
    const text = verdictText(
      {
        ...results,
        sensitivity: [
          { name: "a", sameBest: true, sameOrder: true, ranking: { entries } },
          { name: "b", sameBest: true, sameOrder: false, ranking: { entries } },
        ],
      },
      "en",
    )!;
    expect(text).toMatch(
      / The best stays first in every sensitivity run \("a", "b"\); the order behind it changes in "b"\.$/,
    );
  });

  it("gives nothing for a file without a ranking", () => {
    expect(verdictText({ setUps: results.setUps }, "en")).toBeNull();
  });

  it("names three set-ups tied with the best and counts the rest: «и ещё 2 вариантов» in Russian", () => {
    const names = ["a", "b", "c", "d", "e"];
    const tied: VerdictInput = {
      setUps: ["best", ...names].map((name) => ({ name, scenario: { currency: "RUB" } })),
      ranking: {
        objective: { ...profit, direction: "higher" },
        constraints: [],
        entries: [
          entry("best", 1, 1_000_000),
          ...names.map((n, i) => entry(n, i + 2, 990_000 - i, { tiedWithBest: true, behindBest: diff(1, -5, 7) })),
        ],
      },
      pairs: [],
    };
    expect(verdictText(tied, "ru")).toContain("от «a», «b», «c» и ещё 2 вариантов при этом числе прогонов");
    expect(verdictText(tied, "en")).toContain('from "a", "b", "c", 2 more on Profit per day');
  });
});
