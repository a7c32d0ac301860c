import { readResults } from "../../viz/data/readResults.js";
import type { Results } from "../../viz/data/results.js";
import { translate } from "../../viz/i18n/index.js";
import { FileProblem, readTextFile, RESULTS_LIMIT_BYTES } from "./files.js";

/**
 * Reads a results file the way the viewer does (format, version and shape checked), so the
 * command line refuses exactly the files the viewer would refuse, with the same message.
 */
export function loadResults(path: string): { text: string; results: Results } {
  const text = readTextFile(path, RESULTS_LIMIT_BYTES);
  const read = readResults(text);
  if (!read.ok)
    throw new FileProblem(
      `${path}: ${translate("en", `problem_${read.error.problem}`, { detail: read.error.detail })}`,
    );
  return { text, results: read.results };
}
