import { csvFormatRows } from "d3";

/** One table of a view: what is downloaded as CSV and written by `clientflow export`. */
export interface Table {
  /** File name without extension, e.g. "key-figures". */
  name: string;
  title: string;
  columns: string[];
  /** Raw values (numbers unformatted, so spreadsheets can compute with them). */
  rows: (string | number | null)[][];
}

/** The table as CSV text (RFC 4180 quoting by d3-dsv), header first. */
export function tableToCsv(table: Table): string {
  return `${csvFormatRows([table.columns, ...table.rows.map((r) => r.map((v) => (v === null ? "" : String(v))))])}\n`;
}
