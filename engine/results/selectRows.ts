import type { Measure } from "./measures.js";
import { columnsOf, rowId, type Breakdown, type MetricColumns, type Place } from "./metricRow.js";

/**
 * One row, named by its columns: a column left out is null (no breakdown, no pool...), so
 * `{ scope: "pool", subject: "operators", measure: "meanWait" }` is the pool's mean wait.
 */
export interface Selector extends Place {
  measure: Measure;
  breakdown?: Breakdown | null;
}

/** Rows filtered by their columns: a column left out matches anything. */
export type RowFilter = Partial<Omit<MetricColumns, "breakdown">> & { breakdown?: Partial<Breakdown> | null };

/** The columns a selector names, every column present. */
export function selectorColumns(s: Selector): MetricColumns {
  return columnsOf(s, s.measure, s.breakdown ?? null);
}

/** Whether a row has the columns of a filter. */
export function matches(row: MetricColumns, filter: RowFilter): boolean {
  if (filter.scope !== undefined && row.scope !== filter.scope) return false;
  if (filter.subject !== undefined && row.subject !== filter.subject) return false;
  if (filter.pool !== undefined && row.pool !== filter.pool) return false;
  if (filter.channel !== undefined && row.channel !== filter.channel) return false;
  if (filter.clock !== undefined && row.clock !== filter.clock) return false;
  if (filter.measure !== undefined && row.measure !== filter.measure) return false;
  if (filter.breakdown === null) return row.breakdown === null;
  if (filter.breakdown !== undefined) {
    if (row.breakdown === null) return false;
    if (filter.breakdown.kind !== undefined && row.breakdown.kind !== filter.breakdown.kind) return false;
    if (filter.breakdown.value !== undefined && row.breakdown.value !== filter.breakdown.value) return false;
  }
  return true;
}

/** The rows with the columns of a filter, in their order. */
export function rowsWhere<R extends MetricColumns>(rows: readonly R[], filter: RowFilter): R[] {
  return rows.filter((r) => matches(r, filter));
}

/** An index of rows by their columns, for many look-ups. */
export class RowIndex<R extends MetricColumns> {
  private readonly byId = new Map<string, R>();
  constructor(readonly rows: readonly R[]) {
    for (const r of rows) this.byId.set(rowId(r), r);
  }
  /** The row a selector names, or undefined. */
  get(s: Selector): R | undefined {
    return this.byId.get(rowId(selectorColumns(s)));
  }
  /** The row with the same columns as another's, or undefined. */
  same(c: MetricColumns): R | undefined {
    return this.byId.get(rowId(c));
  }
}

/** The row a selector names in a list of rows, or undefined. */
export function rowOf<R extends MetricColumns>(rows: readonly R[], s: Selector): R | undefined {
  const id = rowId(selectorColumns(s));
  return rows.find((r) => rowId(r) === id);
}
