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
  let index = 0;
  for (const point of grid(axes.map((a) => a.values.length))) {
    const changes: Change[] = point.map((k, a) => ({ set: axes[a]!.path, value: axes[a]!.values[k] }));
    const parts = point.map((k, a) => `${axes[a]!.path}=${sweptValue(axes[a]!.values[k])}`);
    let name = sweepName(parts, ++index);
    // Two lists of the same length look alike: the point's number tells them apart.
    if (names.has(name)) name = `${name} (#${index})`;
    names.add(name);
    add(name, "sweep", changes, `sweeps`);
  }
  return issues.length > 0 ? { issues } : { setUps };
}

/** A swept value as a name shows it: its JSON, or for a long list how many items it has. */
function sweptValue(value: unknown): string {
  const json = JSON.stringify(value);
  return Array.isArray(value) && json.length > 40 ? `[${value.length} items]` : json;
}

/** The longest name a sweep point gets (a set-up name may be 200 characters; room is left for the experiment's). */
export const MAX_SWEEP_NAME = 120;

/**
 * A sweep point's name, "path=value, path=value"; when that is longer than MAX_SWEEP_NAME, each
 * part is shortened with "…" and the point's number (1-based, in grid order) keeps it unique.
 */
export function sweepName(parts: readonly string[], index: number): string {
  const full = parts.join(", ");
  if (full.length <= MAX_SWEEP_NAME) return full;
  const suffix = ` (#${index})`;
  const room = Math.max(8, Math.floor((MAX_SWEEP_NAME - suffix.length) / parts.length) - 2);
  const short = parts.map((p) => ([...p].length > room ? `${[...p].slice(0, room - 1).join("")}…` : p)).join(", ");
  return `${[...short].slice(0, MAX_SWEEP_NAME - suffix.length).join("")}${suffix}`;
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
