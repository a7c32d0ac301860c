import { rowId, selectorColumns, type Selector } from "../results/index.js";
import type { Difference } from "./pairedComparison.js";
import type { ExperimentResults } from "./runExperiment.js";

/** The paired difference of a set-up from the base on the row a selector names; undefined where there is no such row. */
export function differenceOf(r: ExperimentResults, setUp: string, s: Selector): Difference | null | undefined {
  const id = rowId(selectorColumns(s));
  return Object.hasOwn(r.differences, setUp)
    ? r.differences[setUp]!.find((d) => rowId(d) === id)?.difference
    : undefined;
}
