/** Rows left out of a file, by reason: how many, and the first few row numbers to look at. */
export type BadRows = Record<string, { count: number; rows: number[] }>;

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
