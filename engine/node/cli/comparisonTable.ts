import type { ExperimentResults } from "../../experiment/index.js";
import { MEASURES, RowIndex, rowId, rowLabel, type Measure } from "../../results/index.js";
import { fmt, formatTable } from "./table.js";

/** How a measure is shown, by its unit in the catalogue: percentages for shares, seconds for waits, plain numbers otherwise. */
function formatterFor(measure: Measure): (x: number) => string {
  const unit = MEASURES[measure].unit;
  if (unit === "share") return (x) => `${fmt(x * 100, 1)}%`;
  if (unit === "seconds") return (x) => `${fmt(x, 1)} s`;
  if (unit === "money") return (x) => fmt(x, 0);
  return (x) => fmt(x, 1);
}

/**
 * The side-by-side table of an experiment: the base's mean with its interval, then for each
 * set-up its paired difference from the base with the interval; a star marks an interval that
 * excludes zero. Set-ups come four to a table, so that lines stay readable. Rows are labelled
 * from the catalogue of measures.
 */
export function comparisonTable(r: ExperimentResults): string {
  const base = new RowIndex(r.setUps[0]!.metrics);
  const others = r.setUps.slice(1);
  const differences = new Map(
    Object.entries(r.differences).map(([name, rows]) => [name, new Map(rows.map((d) => [rowId(d), d.difference]))]),
  );
  const tables: string[] = [];
  for (let start = 0; start < Math.max(1, others.length); start += 4) {
    const chunk = others.slice(start, start + 4);
    const rows = r.shownMetrics.map((columns) => {
      const show = formatterFor(columns.measure);
      const b = base.same(columns)?.summary;
      const cells = [rowLabel(columns, "en"), b ? `${show(b.mean)} [${show(b.ci95[0])}, ${show(b.ci95[1])}]` : "-"];
      for (const s of chunk) {
        const d = differences.get(s.name)?.get(rowId(columns));
        cells.push(
          d
            ? `${d.mean >= 0 ? "+" : ""}${show(d.mean)} [${show(d.ci95[0])}, ${show(d.ci95[1])}]${d.significant ? " *" : ""}`
            : "-",
        );
      }
      return cells;
    });
    const narrowing = [
      "paired / independent interval",
      "",
      ...chunk.map((s) => {
        const n = Object.hasOwn(r.narrowing, s.name) ? r.narrowing[s.name] : undefined;
        return n === null || n === undefined ? "-" : `${fmt(n, 1)}x narrower`;
      }),
    ];
    tables.push(formatTable(["Metric", "base", ...chunk.map((s) => `${s.name} - base`)], [...rows, narrowing]));
  }
  return tables.join("\n\n");
}
