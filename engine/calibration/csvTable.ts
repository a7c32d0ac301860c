import { dsvFormat } from "d3";

/** A CSV file as text cells: the header and the rows (row 1 is the header, so data starts at row 2). */
export interface CsvTable {
  file: string;
  header: string[];
  /** Each data row with its number in the file (the header is row 1). */
  rows: { row: number; cells: string[] }[];
}

/** Thrown for a file that cannot be used at all; the message names the file and the reason. */
export class CalibrationInputError extends Error {
  override name = "CalibrationInputError";
}

/**
 * Parses CSV text. The separator is the one of `,`, `;` (Russian spreadsheets) and tab that
 * appears most often in the header line. Quoted cells follow RFC 4180 (d3-dsv). Blank rows
 * are skipped (they are not records); the others keep their row numbers.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.trim() === "")
    throw new CalibrationInputError(`${file}: a header line of column names; found an empty first line`);
  const counts = [",", ";", "\t"].map((sep) => ({ sep, n: firstLine.split(sep).length - 1 }));
  const sep = counts.reduce((best, c) => (c.n > best.n ? c : best)).sep;
  const all = dsvFormat(sep).parseRows(body);
  const header = (all[0] ?? []).map((h) => h.trim());
  const rows = all
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(1)
    .filter((r) => r.cells.some((cell) => cell.trim() !== ""));
  return { file, header, rows };
}
