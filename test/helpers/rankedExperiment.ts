import { selectorColumns, type Selector } from "../../engine/results/index.js";
import { fixture } from "./fixtures.js";

/** A row of the whole company by its scope and measure, every other column empty. */
const columns = (scope: Selector["scope"], measure: Selector["measure"]) =>
  selectorColumns({ scope, measure } as Selector);

/** The constraint of the ranked experiment: abandonment of inbound contacts at most 5%. */
export const ABANDONMENT = { ...columns("inbound", "pAbandon"), atMost: 0.05, atLeast: null };

/**
 * The experiment fixture (the engine's file for this test run) with its ranking replaced by one
 * that shows every mark the viewer draws, on an objective of either direction: profit per day
 * (higher is better) or the mean wait (lower is better). Steps are given as "how far behind"
 * (positive: behind) and written into the file as the contract's paired difference, the one
 * above (or the best) minus this one, so a lower objective's difference has the opposite sign.
 *
 * 1. "one more operator", the best.
 * 2. "base": significantly behind it (both steps red); dominated by it.
 * 3. "one more consultant": not significantly behind the base nor the best (a tie, grey);
 *    its abandonment interval reaches over the bound.
 * 4. "handover after deal 2": breaks the constraint, so it is ranked last although
 *    significantly ahead of the one above (green); significantly behind the best (red); worse
 *    on every figure than the best.
 */
export function rankedExperiment(direction: "higher" | "lower"): { text: string; file: Record<string, unknown> } {
  const file = JSON.parse(fixture("experiment").text) as Record<string, unknown>;
  const sign = direction === "higher" ? 1 : -1;
  const step = (behind: number, low: number, high: number) => {
    const ci95: [number, number] = sign > 0 ? [low, high] : [-high, -low];
    const significant = low > 0 || high < 0;
    return { mean: behind * sign, se: (high - low) / 4, ci95, n: 3, significant, independentCi95: ci95 };
  };
  const scale = direction === "higher" ? 1000 : 1;
  const value = (higher: number, lower: number) => (direction === "higher" ? higher : lower);
  const entry = (setUp: string, rank: number, objective: number, extra: object) => ({
    setUp,
    rank,
    objective,
    breaks: [],
    uncertain: [],
    behindPrevious: null,
    behindBest: null,
    tiedWithBest: false,
    worseOnEveryFigureThan: null,
    dominatedBy: null,
    ...extra,
  });
  file["name"] = `ranked, ${direction} is better`;
  file["ranking"] = {
    objective: {
      ...(direction === "higher" ? columns("money", "profitPerDay") : columns("inbound", "meanWait")),
      direction,
    },
    constraints: [ABANDONMENT],
    entries: [
      entry("one more operator", 1, value(1_320_000, 61), { tiedWithBest: true }),
      entry("base", 2, value(1_300_000, 75), {
        behindPrevious: step(20 * scale, 5 * scale, 35 * scale),
        behindBest: step(20 * scale, 5 * scale, 35 * scale),
        dominatedBy: "one more operator",
      }),
      entry("one more consultant", 3, value(1_295_000, 80), {
        behindPrevious: step(5 * scale, -10 * scale, 20 * scale),
        behindBest: step(25 * scale, -2 * scale, 52 * scale),
        tiedWithBest: true,
        uncertain: [0],
      }),
      entry("handover after deal 2", 4, value(1_310_000, 70), {
        behindPrevious: step(-15 * scale, -25 * scale, -5 * scale),
        behindBest: step(10 * scale, 4 * scale, 16 * scale),
        breaks: [0],
        worseOnEveryFigureThan: "one more operator",
        dominatedBy: "one more operator",
      }),
    ],
  };
  return { text: JSON.stringify(file), file };
}
