import type { LabelLanguage } from "../../results/index.js";

/** What the written line says besides where: the report hint, and what was written. */
export interface WrittenOptions {
  /** Name the command that writes the viewer as one HTML file too. */
  reportHint?: boolean;
  /** "results" (a run or an experiment) or "comparison" (diff's file: "Written to …, look at it"). */
  what?: "results" | "comparison";
}

/** Where a command wrote its results file and how to look at it, in `lang`. */
export function resultsWritten(out: string, lang: LabelLanguage, options: WrittenOptions = {}): string {
  const { reportHint = false, what = "results" } = options;
  if (lang === "ru") {
    const head = what === "results" ? `Результаты записаны в ${out}` : `Записано в ${out}`;
    return `${head}\nПосмотреть: clientflow view ${out}${reportHint ? `   (или: clientflow report ${out} -o report.html --lang ru)` : ""}`;
  }
  const head = what === "results" ? `Results written to ${out}\nLook at them` : `Written to ${out}\nLook at it`;
  return `${head}: clientflow view ${out}${reportHint ? `   (or: clientflow report ${out} -o report.html)` : ""}`;
}
