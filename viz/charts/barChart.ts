import { axisBottom, max, min, scaleBand, scaleLinear } from "d3";
import { valueWithInterval, type Unit } from "../data/metricKinds.js";
import type { Estimate } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { chartHead } from "./chartHead.js";
import { frame } from "./frame.js";
import { rowLabel, whisker } from "./rowMarks.js";
import { tickFormat } from "./ticks.js";

export interface BarOptions {
  /** Class of the chart, for tests and styles. */
  name: string;
  title: string;
  unit: Unit;
  color?: string;
  /** A reference value drawn as a dashed line (e.g. 100% of the plan). */
  reference?: number;
  /** Set-ups drawn together: their names and colours, in the legend instead of "mean". */
  series?: { name: string; colour: string }[];
}

/** A bar: its label (empty: under the one above), its estimate and, with several set-ups, whose it is. */
export type Bar = Pick<Estimate, "label" | "summary"> & { setUp?: string; colour?: string };

/** Horizontal bars of estimates with their 95% intervals as whiskers. */
export function barChart(items: Bar[], o: BarOptions, format: Format, locale: Locale): SVGSVGElement {
  const rowHeight = 24;
  const legendItems = [
    ...(o.series ?? [{ name: locale.t("mean"), colour: o.color ?? "#1f77b4" }]).map((s) => ({
      label: s.name,
      color: s.colour,
    })),
    { label: locale.t("whisker95"), color: "#333", shape: "line" as const },
    ...(o.reference === undefined ? [] : [{ label: locale.t("planLine"), color: "#555", shape: "dash" as const }]),
  ];
  const head = chartHead(o.title, legendItems);
  const height = 42 + head.height + Math.max(1, items.length) * rowHeight;
  const f = frame(`bar-chart ${o.name}`, o.title, height, { top: head.height, right: 30, bottom: 36, left: 230 });
  head.draw(f.plot, -220);
  const y = scaleBand<string>()
    .domain(items.map((_, i) => String(i)))
    .range([0, f.height])
    .padding(0.2);
  const lo = Math.min(0, min(items, (d) => d.summary.ci95[0]) ?? 0);
  const hi = Math.max(o.reference ?? 0, max(items, (d) => d.summary.ci95[1]) ?? 1, lo + 1e-9);
  const x = scaleLinear().domain([lo, hi]).nice().range([0, f.width]);
  f.plot
    .append("g")
    .attr("class", "axis x")
    .attr("transform", `translate(0,${f.height})`)
    .call(axisBottom(x).ticks(6).tickFormat(tickFormat(format, o.unit)));
  const color = o.color ?? "#1f77b4";
  items.forEach((d, i) => {
    const top = y(String(i)) ?? 0;
    const g = f.plot.append("g").attr("class", "bar-mark");
    if (d.setUp !== undefined) g.attr("data-set-up", d.setUp);
    const named =
      d.setUp === undefined
        ? d.label
        : `${d.setUp} — ${items.slice(0, i + 1).findLast((e) => e.label !== "")?.label ?? ""}`;
    g.append("title").text(`${named}: ${valueWithInterval(format, o.unit, d.summary.mean, d.summary.ci95)}`);
    if (d.label !== "") rowLabel(g, -8, top + y.bandwidth() / 2, d.label);
    g.append("rect")
      .attr("class", "bar")
      .attr("data-value", d.summary.mean)
      .attr("x", x(Math.min(0, d.summary.mean)))
      .attr("y", top)
      .attr("width", Math.abs(x(d.summary.mean) - x(0)))
      .attr("height", y.bandwidth())
      .attr("fill", d.colour ?? color);
    whisker(g, x(d.summary.ci95[0]), x(d.summary.ci95[1]), top + y.bandwidth() / 2);
  });
  if (o.reference !== undefined)
    f.plot
      .append("line")
      .attr("class", "reference")
      .attr("x1", x(o.reference))
      .attr("x2", x(o.reference))
      .attr("y1", 0)
      .attr("y2", f.height)
      .attr("stroke", "#555")
      .attr("stroke-dasharray", "4 3");
  return f.svg.node()!;
}
