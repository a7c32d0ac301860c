import { readResults } from "../../viz/data/readResults.js";
import type { Results } from "../../viz/data/results.js";
import { translate, type Lang } from "../../viz/i18n/index.js";
import { FileProblem, readTextFile, RESULTS_LIMIT_BYTES } from "./files.js";

/**
 * Reads a results file the way the viewer does (format, version and shape checked), so the
 * command line refuses exactly the files the viewer would refuse, with the same message (in `lang`).
 */
export function loadResults(path: string, lang: Lang = "en"): { text: string; results: Results } {
  const text = readTextFile(path, RESULTS_LIMIT_BYTES);
  const read = readResults(text);
  if (!read.ok)
    throw new FileProblem(
      `${path}: ${translate(lang, `problem_${read.error.problem}`, { detail: read.error.detail })}`,
    );
  return { text, results: read.results };
}
