import { axisBottom, max, scaleBand, scaleLinear, schemeTableau10 } from "d3";
import { formatValue, valueWithInterval, type Unit } from "../data/metricKinds.js";
import type { MetricSummary } from "../../engine/results/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { chartHead } from "./chartHead.js";
import { frame } from "./frame.js";
import { rowLabel, whisker } from "./rowMarks.js";
import { tickFormat } from "./ticks.js";

export interface StackedRow {
  label: string;
  /** The parts, in the order of `parts` below (means). */
  values: number[];
  /** The row's total with its 95% interval, drawn as a whisker. */
  total: MetricSummary;
}

/** Horizontal bars split into coloured parts (e.g. a person's fines by reason), the total's interval as a whisker. */
export function stackedBarChart(
  rows: StackedRow[],
  parts: { key: string; label: string }[],
  o: { name: string; title: string; unit: Unit },
  format: Format,
  locale: Locale,
): SVGSVGElement {
  const rowHeight = 24;
  const colour = (i: number) => schemeTableau10[(i + 4) % 10]!;
  const head = chartHead(o.title, [
    ...parts.map((p, i) => ({ label: p.label, color: colour(i) })),
    { label: locale.t("whisker95"), color: "#333", shape: "line" as const },
  ]);
  const height = 42 + head.height + Math.max(1, rows.length) * rowHeight;
  const f = frame(`stacked-bar-chart ${o.name}`, o.title, height, {
    top: head.height,
    right: 30,
    bottom: 36,
    left: 230,
  });
  head.draw(f.plot, -220);
  const y = scaleBand<string>()
    .domain(rows.map((_, i) => String(i)))
    .range([0, f.height])
    .padding(0.2);
  const top = Math.max(max(rows, (r) => r.total.ci95[1]) ?? 0, max(rows, (r) => r.total.mean) ?? 0, 1e-9);
  const x = scaleLinear().domain([0, top]).nice().range([0, f.width]);
  f.plot
    .append("g")
    .attr("class", "axis x")
    .attr("transform", `translate(0,${f.height})`)
    .call(axisBottom(x).ticks(6).tickFormat(tickFormat(format, o.unit)));
  rows.forEach((row, i) => {
    const y0 = y(String(i)) ?? 0;
    const g = f.plot.append("g").attr("class", "stack-mark");
    rowLabel(g, -8, y0 + y.bandwidth() / 2, row.label);
    let start = 0;
    row.values.forEach((v, k) => {
      if (!(v > 0)) return;
      g.append("rect")
        .attr("class", "part")
        .attr("data-part", parts[k]!.key)
        .attr("data-value", v)
        .attr("x", x(start))
        .attr("y", y0)
        .attr("width", Math.max(0.5, x(start + v) - x(start)))
        .attr("height", y.bandwidth())
        .attr("fill", colour(k))
        .append("title")
        .text(`${row.label} — ${parts[k]!.label}: ${formatValue(format, o.unit, v)}`);
      start += v;
    });
    whisker(g, x(Math.max(0, row.total.ci95[0])), x(row.total.ci95[1]), y0 + y.bandwidth() / 2)
      .append("title")
      .text(`${row.label}: ${valueWithInterval(format, o.unit, row.total.mean, row.total.ci95)}`);
  });
  return f.svg.node()!;
}
