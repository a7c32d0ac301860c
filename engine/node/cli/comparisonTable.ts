import type { ExperimentResults } from "../../experiment/index.js";
import {
  formatWithInterval,
  MEASURES,
  NameLabels,
  RowIndex,
  rowId,
  rowLabel,
  type LabelLanguage,
} from "../../results/index.js";
import { fmt, formatTable } from "./table.js";

/**
 * The side-by-side table of an experiment, every set-up in one table: the base's mean with its
 * interval, then for each set-up its paired difference from the base with the interval, a star
 * where it excludes zero. Labels and units come from the catalogue of measures: a share's
 * difference in points, money in the scenario's currency.
 */
export function comparisonTable(r: ExperimentResults, lang: LabelLanguage = "en"): string {
  const base = new RowIndex(r.setUps[0]!.metrics);
  const others = r.setUps.slice(1);
  const currency = r.setUps[0]!.scenario.currency;
  const names = NameLabels.of(r.setUps[0]!.scenario.definition);
  const differences = new Map(
    Object.entries(r.differences).map(([name, rows]) => [name, new Map(rows.map((d) => [rowId(d), d.difference]))]),
  );
  const rows = r.shownMetrics.map((columns) => {
    const unit = MEASURES[columns.measure].unit;
    const b = base.same(columns)?.summary;
    const cells = [
      rowLabel(columns, lang, names),
      b ? formatWithInterval(b.mean, b.ci95, unit, lang, currency, false) : "-",
    ];
    for (const s of others) {
      const d = differences.get(s.name)?.get(rowId(columns));
      cells.push(
        d ? `${formatWithInterval(d.mean, d.ci95, unit, lang, currency, true)}${d.significant ? " *" : ""}` : "-",
      );
    }
    return cells;
  });
  const narrowing = [
    lang === "ru" ? "парный интервал уже независимого в" : "paired interval narrower than independent by",
    "",
    ...others.map((s) => {
      const n = Object.hasOwn(r.narrowing, s.name) ? r.narrowing[s.name] : undefined;
      return n === null || n === undefined ? "-" : `${fmt(n, 1, lang)}x`;
    }),
  ];
  const head = lang === "ru" ? ["Показатель", `«${r.setUps[0]!.name}»`] : ["Figure", `"${r.setUps[0]!.name}"`];
  return formatTable(
    [...head, ...others.map((s) => (lang === "ru" ? `«${s.name}» − база` : `"${s.name}" - base`))],
    [...rows, narrowing],
  );
}
