import { countBad, type BadRows } from "./badRows.js";
import type { ColumnMap } from "./columnMap.js";
import { findColumns } from "./columns.js";
import type { CsvTable } from "./csvTable.js";
import { CalibrationInputError } from "./csvTable.js";
import { noUsableRows } from "./callRecords.js";
import { parseNumber } from "./numbers.js";
import { parseTimestamp, type Timestamp } from "./timestamp.js";

/** One visit (or sale): when, which segment, and the amount bought (0: no deal). */
export interface VisitRecord {
  row: number;
  at: Timestamp;
  segment: string;
  amount: number;
}

export interface VisitFile {
  file: string;
  rowsRead: number;
  records: VisitRecord[];
  bad: BadRows;
}

/**
 * Reads visit or sales records: time, segment and amount (an empty amount is a visit without a
 * deal). Rows left out are counted by reason; a file with no usable row is an error.
 */
export function readVisits(table: CsvTable, map: ColumnMap, segments: readonly string[]): VisitFile {
  const col = findColumns(table, ["time", "segment", "amount"], [], map.visits);
  const records: VisitRecord[] = [];
  const bad: BadRows = {};
  for (const { row, cells } of table.rows) {
    const cell = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const at = parseTimestamp(cell(col.time));
    if (at === null) {
      countBad(bad, "unreadable time", row);
      continue;
    }
    const segment = cell(col.segment);
    if (segment === "") {
      countBad(bad, "segment missing", row);
      continue;
    }
    if (!segments.includes(segment)) {
      countBad(bad, `segment not in the scenario ("${segment.slice(0, 40)}")`, row);
      continue;
    }
    const amountText = cell(col.amount);
    const amount = amountText === "" ? 0 : parseNumber(amountText);
    if (amount === null) {
      countBad(bad, "unreadable amount", row);
      continue;
    }
    if (amount < 0) {
      countBad(bad, "negative amount", row);
      continue;
    }
    records.push({ row, at, segment, amount });
  }
  if (records.length === 0) throw new CalibrationInputError(noUsableRows(table, bad));
  return { file: table.file, rowsRead: table.rows.length, records, bad };
}
