import { CalibrationInputError, type CsvTable } from "./csvTable.js";
import { DEFAULT_HEADERS } from "./columnMap.js";

/**
 * Finds the column of each field: the mapped header when given (it must exist), else the first
 * built-in name present (case ignored). A required field with no column is an error naming the
 * file, the field, what was looked for and the columns found; an optional one is left out.
 */
export function findColumns<F extends keyof typeof DEFAULT_HEADERS>(
  table: CsvTable,
  required: readonly F[],
  optional: readonly F[],
  mapped: Partial<Record<F, string>>,
): Partial<Record<F, number>> & Record<F, number | undefined> {
  const lower = table.header.map((h) => h.toLowerCase());
  const found = {} as Record<F, number | undefined>;
  const shown = table.header.length > 0 ? table.header.map((h) => `"${h}"`).join(", ") : "none";
  for (const field of [...required, ...optional]) {
    const name = mapped[field];
    if (name !== undefined) {
      const i = lower.indexOf(name.toLowerCase());
      if (i < 0)
        throw new CalibrationInputError(
          `${table.file}: a column "${name}" for ${field} (as mapped); found columns ${shown}`,
        );
      found[field] = i;
      continue;
    }
    const i = lower.findIndex((h) => DEFAULT_HEADERS[field].includes(h));
    if (i >= 0) found[field] = i;
    else if (required.includes(field)) {
      throw new CalibrationInputError(
        `${table.file}: a column for ${field} (one of ${DEFAULT_HEADERS[field].map((h) => `"${h}"`).join(", ")}, or mapped with --column ${field}=Header); found columns ${shown}`,
      );
    }
  }
  return found;
}
