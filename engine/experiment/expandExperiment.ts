import { applyChanges, type Change, type ScenarioIssue } from "../scenario/index.js";
import type { Experiment } from "./experimentSchema.js";

/** One set-up of an experiment: its name and its scenario as plain JSON (not yet validated). */
export interface SetUp {
  name: string;
  description: string;
  changes: Change[];
  json: unknown;
}

/** The most set-ups (base, variants and sweep points) one experiment may have. */
export const MAX_SET_UPS = 200;

/**
 * The set-ups of an experiment: the base first, then each named variant, then every point of the
 * sweep grid (named "path=value, path=value"). Changes apply to a copy of the base; a path that
 * does not exist is reported with the variant's or sweep's position. The set-ups are counted
 * before any is built, so a grid too large is refused without building it.
 */
export function expandExperiment(
  experiment: Experiment,
  base: unknown,
): { setUps: SetUp[] } | { issues: ScenarioIssue[] } {
  const counts = experiment.sweeps.map((s) => ("values" in s ? s.values.length : rangeLength(s.from, s.to, s.step)));
  const total = 1 + experiment.variants.length + (counts.length === 0 ? 0 : counts.reduce((a, n) => a * n, 1));
  if (total > MAX_SET_UPS) {
    const grid = counts.length === 0 ? "" : ` and a sweep grid of ${counts.join(" x ")} values`;
    return {
      issues: [
        {
          path: counts.length === 0 ? "variants" : "sweeps",
          message: `at most ${MAX_SET_UPS} set-ups in one experiment (the base, ${experiment.variants.length} variants${grid}); use fewer values or a larger step`,
          found: String(total),
        },
      ],
    };
  }
  const setUps: SetUp[] = [{ name: "base", description: "the base scenario", changes: [], json: base }];
  const issues: ScenarioIssue[] = [];
  const add = (name: string, description: string, changes: Change[], where: string) => {
    const r = applyChanges(base, changes);
    if ("issues" in r) issues.push(...r.issues.map((i) => ({ ...i, path: `${where}.${i.path}` })));
    else setUps.push({ name, description, changes, json: r.result });
  };
  const names = new Set(["base"]);
  experiment.variants.forEach((v, i) => {
    if (names.has(v.name))
      issues.push({
        path: `variants[${i}].name`,
        message: 'a name not used before ("base" is the base)',
        found: JSON.stringify(v.name),
      });
    names.add(v.name);
    add(v.name, v.description ?? "", v.changes, `variants[${i}]`);
  });
  const axes = experiment.sweeps.map((s) => ({
    path: s.path,
    values: "values" in s ? s.values : range(s.from, s.to, s.step),
  }));
  for (const point of grid(axes.map((a) => a.values.length))) {
    const changes: Change[] = point.map((k, a) => ({ set: axes[a]!.path, value: axes[a]!.values[k] }));
    const name = point.map((k, a) => `${axes[a]!.path}=${JSON.stringify(axes[a]!.values[k])}`).join(", ");
    add(name, "sweep", changes, `sweeps`);
  }
  return issues.length > 0 ? { issues } : { setUps };
}

/** How many values `range` gives, computed without building them. */
function rangeLength(from: number, to: number, step: number): number {
  return Math.floor(Math.abs(to - from) / step + 1e-9) + 1;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; from <= to ? v <= to + 1e-9 : v >= to - 1e-9; v += from <= to ? step : -step) {
    out.push(Math.round(v * 1e9) / 1e9);
    if (out.length > 1000) break;
  }
  return out;
}

/** Every combination of indices for axes of the given lengths (none when there is no axis). */
function grid(lengths: number[]): number[][] {
  if (lengths.length === 0) return [];
  let points: number[][] = [[]];
  for (const n of lengths) points = points.flatMap((p) => Array.from({ length: n }, (_, k) => [...p, k]));
  return points;
}
