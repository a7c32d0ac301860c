import type { LabelLanguage } from "../../results/index.js";

/**
 * Where a command wrote its results file and how to look at it, in `lang`; with `report`, the
 * command that writes the viewer as one HTML file too.
 */
export function resultsWritten(out: string, lang: LabelLanguage, report: boolean): string {
  if (lang === "ru")
    return `Результаты записаны в ${out}\nПосмотреть: clientflow view ${out}${report ? `   (или: clientflow report ${out} -o report.html --lang ru)` : ""}`;
  return `Results written to ${out}\nLook at them: clientflow view ${out}${report ? `   (or: clientflow report ${out} -o report.html)` : ""}`;
}
