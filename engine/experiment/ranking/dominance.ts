import type { MetricValue } from "../../metrics/index.js";
import { pairedDifference } from "../pairedComparison.js";
import type { Direction } from "../../results/index.js";

/** A figure shown for every set-up, with its direction and each set-up's replication values. */
export interface ShownFigure {
  id: string;
  direction: Direction;
  /** Per set-up, per replication (common random numbers: replication r saw the same clients). */
  values: readonly (readonly MetricValue[])[];
}

/** How set-up a compares with set-up b on one figure: significantly better, worse, or neither. */
export function pairedVerdict(figure: ShownFigure, a: number, b: number): "better" | "worse" | "same" {
  if (figure.direction === "neutral") return "same";
  const d = pairedDifference(figure.values[a]!, figure.values[b]!);
  if (d === null || !d.significant) return "same";
  const aHigher = d.mean > 0;
  return aHigher === (figure.direction === "higher") ? "better" : "worse";
}

/**
 * For each set-up, another set-up that is significantly better on every judged figure shown
 * (the first such in set-up order), or null. A set-up no other beats everywhere is not marked.
 */
export function worseOnEveryFigure(figures: readonly ShownFigure[], setUps: number): (number | null)[] {
  const judged = figures.filter((f) => f.direction !== "neutral");
  const out: (number | null)[] = [];
  for (let x = 0; x < setUps; x++) {
    let by: number | null = null;
    for (let y = 0; y < setUps && by === null && judged.length > 0; y++) {
      if (y !== x && judged.every((f) => pairedVerdict(f, y, x) === "better")) by = y;
    }
    out.push(by);
  }
  return out;
}

/**
 * For each set-up, another that dominates it (Pareto, on the paired intervals): significantly
 * better on at least one judged figure and significantly worse on none; null when none does.
 */
export function dominatedBy(figures: readonly ShownFigure[], setUps: number): (number | null)[] {
  const judged = figures.filter((f) => f.direction !== "neutral");
  const out: (number | null)[] = [];
  for (let x = 0; x < setUps; x++) {
    let by: number | null = null;
    for (let y = 0; y < setUps && by === null; y++) {
      if (y === x) continue;
      const verdicts = judged.map((f) => pairedVerdict(f, y, x));
      if (verdicts.includes("better") && !verdicts.includes("worse")) by = y;
    }
    out.push(by);
  }
  return out;
}
