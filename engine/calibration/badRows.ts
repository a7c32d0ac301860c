import type { BadRows } from "../results/index.js";

export type { BadRows } from "../results/index.js";

/** How many row numbers are kept per reason. */
const KEPT_ROWS = 5;

/** Counts a row left out for `reason`. */
export function countBad(bad: BadRows, reason: string, row: number): void {
  const entry = (bad[reason] ??= { count: 0, rows: [] });
  entry.count++;
  if (entry.rows.length < KEPT_ROWS) entry.rows.push(row);
}

/** All rows left out. */
export const badTotal = (bad: BadRows): number => Object.values(bad).reduce((s, b) => s + b.count, 0);
