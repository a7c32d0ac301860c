import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankSetUps, type ShownFigure } from "../../../../engine/experiment/ranking/index.js";

/** Replication values around a mean with the same noise for every set-up (common random numbers). */
const around = (mean: number, noise = [0, 3, -2, 5, -4, 1, -3, 2]) => noise.map((e) => mean + e);

describe("rankSetUps", () => {
  it("ranks by the objective in its good direction with the paired step to the one above and to the best", () => {
    const profit = [around(100), around(120), around(90)];
    const ranked = rankSetUps({
      objective: { id: "profit", direction: "higher", values: profit },
      constraints: [],
      shown: [],
      setUps: 3,
    });
    expect(ranked.map((r) => r.setUp)).toEqual([1, 0, 2]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ranked[0]!.behindPrevious).toBeNull();
    expect(ranked[1]!.behindPrevious).toMatchObject({ mean: 20, significant: true });
    expect(ranked[2]!.behindPrevious).toMatchObject({ mean: 10, significant: true });
    expect(ranked[2]!.behindBest).toMatchObject({ mean: 30 });
    expect(ranked.map((r) => r.tiedWithBest)).toEqual([true, false, false]);
  });

  it("ranks lower-is-better objectives from the smallest mean", () => {
    const wait = [around(60), around(30), around(45)];
    const ranked = rankSetUps({
      objective: { id: "wait", direction: "lower", values: wait },
      constraints: [],
      shown: [],
      setUps: 3,
    });
    expect(ranked.map((r) => r.setUp)).toEqual([1, 2, 0]);
  });

  it("puts set-ups that break a constraint after all that keep it, and flags a kept bound the interval reaches over", () => {
    const profit = [around(100), around(150), around(90)];
    const abandon = [
      around(0.04, [0, 0.001, -0.001, 0, 0, 0, 0, 0]),
      around(0.08),
      around(0.049, [0, 0.004, -0.004, 0.003, -0.003, 0, 0, 0]),
    ];
    const ranked = rankSetUps({
      objective: { id: "profit", direction: "higher", values: profit },
      constraints: [{ id: "abandon", atMost: 0.05, values: abandon }],
      shown: [],
      setUps: 3,
    });
    expect(ranked.map((r) => r.setUp)).toEqual([0, 2, 1]);
    expect(ranked[2]!.breaks).toEqual(["abandon"]);
    expect(ranked[1]!.uncertain).toEqual(["abandon"]);
    expect(ranked[0]!.uncertain).toEqual([]);
  });

  it("calls a set-up tied with the best when the paired interval includes zero", () => {
    const noisy = [
      [100, 110, 90, 105],
      [101, 108, 92, 104],
    ];
    const ranked = rankSetUps({
      objective: { id: "p", direction: "higher", values: noisy },
      constraints: [],
      shown: [],
      setUps: 2,
    });
    expect(ranked[1]!.tiedWithBest).toBe(true);
  });

  it("marks a set-up worse on every judged figure, and one dominated, but never on a neutral figure alone", () => {
    const shown: ShownFigure[] = [
      { id: "profit", direction: "higher", values: [around(100), around(120), around(80)] },
      { id: "wait", direction: "lower", values: [around(60), around(50), around(60)] },
      { id: "arrivals", direction: "neutral", values: [around(5), around(9), around(1)] },
    ];
    const ranked = rankSetUps({
      objective: { id: "profit", direction: "higher", values: shown[0]!.values },
      constraints: [],
      shown,
      setUps: 3,
    });
    const bySetUp = new Map(ranked.map((r) => [r.setUp, r]));
    expect(bySetUp.get(0)!.worseOnEveryFigureThan).toBe(1);
    expect(bySetUp.get(2)!.worseOnEveryFigureThan).toBe(1);
    expect(bySetUp.get(2)!.dominatedBy).toBe(0);
    expect(bySetUp.get(1)!.worseOnEveryFigureThan).toBeNull();
    expect(bySetUp.get(1)!.dominatedBy).toBeNull();
  });

  it("always gives a permutation, feasible set-ups first, each group ordered by its mean", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 4, maxLength: 4 }), {
              minLength: n,
              maxLength: n,
            }),
            fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), {
              minLength: n,
              maxLength: n,
            }),
          ),
        ),
        ([n, objective, share]) => {
          const ranked = rankSetUps({
            objective: { id: "o", direction: "higher", values: objective },
            constraints: [{ id: "c", atMost: 0.5, values: share }],
            shown: [],
            setUps: n,
          });
          expect([...ranked.map((r) => r.setUp)].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
          for (let i = 1; i < n; i++) {
            const a = ranked[i - 1]!;
            const b = ranked[i]!;
            expect(a.breaks.length > 0 && b.breaks.length === 0).toBe(false);
            if (a.breaks.length === b.breaks.length) expect(a.objective!).toBeGreaterThanOrEqual(b.objective!);
          }
        },
      ),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
