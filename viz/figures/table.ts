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

/**
 * A text cell as a spreadsheet will not run it: text that begins with =, +, -, @, a tab or a
 * carriage return would be read as a formula (a set-up named `=HYPERLINK(...)`), so it gets a
 * leading single quote, as OWASP's advice on CSV injection says. Only text cells are touched:
 * numbers are written as numbers (a negative number stays a number a spreadsheet can compute with).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The table as CSV text (RFC 4180 quoting by d3-dsv), header first, text cells made safe by csvCell. */
export function tableToCsv(table: Table): string {
  return `${csvFormatRows([table.columns.map(csvCell), ...table.rows.map((r) => r.map(csvCell))])}\n`;
}
