import type { Table } from "./table.js";

/**
 * The tables of one kind for several set-ups as one (their rows one set-up after another; each
 * row names its set-up), titled `title`.
 */
export function joinTables(tables: Table[], title: string): Table {
  const first = tables[0]!;
  return { ...first, title, rows: tables.flatMap((t) => t.rows) };
}
