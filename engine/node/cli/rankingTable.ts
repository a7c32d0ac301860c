import type { ExperimentResults } from "../../experiment/index.js";
import {
  formatValue,
  formatWithInterval,
  MEASURES,
  NameLabels,
  rowLabel,
  type LabelLanguage,
} from "../../results/index.js";
import { formatTable } from "./table.js";

const HEAD = {
  en: ["Rank", "Set-up", "behind the one above", "behind the best", "notes"],
  ru: ["Место", "Вариант", "отставание от предыдущего", "отставание от лучшего", "заметки"],
} as const;

/**
 * The ranking as a table: place, set-up, objective, the paired interval to the one above and to
 * the best ("tie" when the best is not significantly better), and notes (constraints broken,
 * worse on every figure, dominated).
 */
export function rankingTable(r: ExperimentResults, lang: LabelLanguage): string {
  const { objective, constraints, entries } = r.ranking;
  const unit = MEASURES[objective.measure].unit;
  const currency = r.setUps[0]!.scenario.currency;
  const names = NameLabels.of(r.setUps[0]!.scenario.definition);
  const sign = objective.direction === "higher" ? 1 : -1;
  const gap = (d: { mean: number; ci95: [number, number]; significant: boolean } | null) => {
    if (d === null) return "";
    const ci: [number, number] = sign > 0 ? d.ci95 : [-d.ci95[1], -d.ci95[0]];
    return `${formatWithInterval(d.mean * sign, ci, unit, lang, currency, true)}${d.significant ? " *" : ""}`;
  };
  const rows = entries.map((e) => {
    const notes = [
      ...e.breaks.map((i) => `${lang === "ru" ? "нарушает" : "breaks"}: ${rowLabel(constraints[i]!, lang, names)}`),
      ...(e.worseOnEveryFigureThan === null
        ? []
        : [
            lang === "ru"
              ? `хуже «${e.worseOnEveryFigureThan}» по всем показателям`
              : `worse on every figure than "${e.worseOnEveryFigureThan}"`,
          ]),
      ...(e.dominatedBy === null || e.worseOnEveryFigureThan !== null
        ? []
        : [lang === "ru" ? `уступает «${e.dominatedBy}»` : `dominated by "${e.dominatedBy}"`]),
      ...(e.rank > 1 && e.tiedWithBest && e.breaks.length === 0
        ? [lang === "ru" ? "не отличим от лучшего" : "tie with the best"]
        : []),
    ];
    return [
      String(e.rank),
      e.setUp,
      e.objective === null ? "-" : formatValue(e.objective, unit, lang, currency),
      gap(e.behindPrevious),
      gap(e.behindBest),
      notes.join("; "),
    ];
  });
  const [rank, setUp, ...rest] = HEAD[lang];
  return formatTable([rank, setUp, rowLabel(objective, lang, names), ...rest], rows);
}
