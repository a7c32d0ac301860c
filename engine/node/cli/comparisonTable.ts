import type { ExperimentResults } from "../../experiment/index.js";
import { fmt, formatTable } from "./table.js";

/** How a metric is shown: percentages for shares, seconds for waits, plain numbers otherwise. */
function formatterFor(key: string): (x: number) => string {
  const last = key.split(".").at(-1) ?? "";
  if (/^(p[A-Z]|occupancy|conversion|share)/.test(last) || /\.sl(Served|Answered)\./.test(key)) {
    return (x) => `${fmt(x * 100, 1)}%`;
  }
  if (/[wW]ait/.test(last)) return (x) => `${fmt(x, 1)} s`;
  if (/[rR]evenue/.test(last)) return (x) => fmt(x, 0);
  return (x) => fmt(x, 1);
}

/**
 * The side-by-side table of an experiment: the base's mean with its interval, then for each
 * set-up its paired difference from the base with the interval; a star marks an interval that
 * excludes zero. Set-ups come four to a table, so that lines stay readable.
 */
export function comparisonTable(r: ExperimentResults): string {
  const base = r.setUps[0]!;
  const others = r.setUps.slice(1);
  const tables: string[] = [];
  for (let start = 0; start < Math.max(1, others.length); start += 4) {
    const chunk = others.slice(start, start + 4);
    const rows = r.shownMetrics.map((key) => {
      const show = formatterFor(key);
      const b = Object.hasOwn(base.metrics, key) ? base.metrics[key] : undefined;
      const cells = [key, b ? `${show(b.mean)} [${show(b.ci95[0])}, ${show(b.ci95[1])}]` : "-"];
      for (const s of chunk) {
        const diffs = Object.hasOwn(r.differences, s.name) ? r.differences[s.name]! : {};
        const d = Object.hasOwn(diffs, key) ? diffs[key] : undefined;
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
