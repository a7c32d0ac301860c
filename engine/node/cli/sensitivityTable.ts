import type { ExperimentResults } from "../../experiment/index.js";
import { formatValue, MEASURES, type LabelLanguage } from "../../results/index.js";
import { formatTable } from "./table.js";

const HEAD = {
  en: ["Sensitivity run", "ranked first", "its objective", "best kept", "order kept", "order"],
  ru: ["Проверка", "первый", "его показатель", "лучший тот же", "порядок тот же", "порядок"],
} as const;

const YES_NO = { en: ["yes", "no"], ru: ["да", "нет"] } as const;

/**
 * Each sensitivity case of an experiment in a row: which set-up it ranks first (with its
 * objective), whether the best and the whole order are those of the experiment's own ranking,
 * and the order. Null for an experiment without sensitivity cases.
 */
export function sensitivityTable(r: ExperimentResults, lang: LabelLanguage): string | null {
  if (r.sensitivity.length === 0) return null;
  const unit = MEASURES[r.ranking.objective.measure].unit;
  const currency = r.setUps[0]!.scenario.currency;
  const [yes, no] = YES_NO[lang];
  const rows = r.sensitivity.map((c) => {
    const first = c.ranking.entries[0]!;
    return [
      c.name,
      first.setUp,
      first.objective === null ? "-" : formatValue(first.objective, unit, lang, currency),
      c.sameBest ? yes : no,
      c.sameOrder ? yes : no,
      c.ranking.entries.map((e) => e.setUp).join(" > "),
    ];
  });
  return formatTable([...HEAD[lang]], rows);
}
