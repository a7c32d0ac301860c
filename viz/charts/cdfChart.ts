import { axisBottom, axisLeft, line, max, scaleLinear, scaleSqrt, schemeTableau10 } from "d3";
import type { WaitCurve } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { axisTitle, bottomAxis, CHART_WIDTH, frame } from "./frame.js";
import { legend, legendLayout, type LegendItem } from "./legend.js";

/** Tick marks of the wait axis, in seconds. */
const NICE_SECONDS = [0, 20, 60, 120, 180, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200];

/** Dash patterns telling the channels or segments apart when colours tell the set-ups apart. */
const DASHES = [null, "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];

/** A curve of a chart, and (several set-ups overlaid) the set-up it belongs to. */
export type DrawnCurve = WaitCurve & { setUp?: string };

/**
 * Waiting-time distributions: per group, the share of served contacts answered within t,
 * from the service levels at the thresholds and the percentiles of the wait; thresholds dashed.
 * With `setUpColours` naming several set-ups, the colour is the set-up's and the dash the curve's name.
 */
export function cdfChart(
  curves: DrawnCurve[],
  thresholds: number[],
  title: string,
  locale: Locale,
  format: Format,
  setUpColours: Map<string, string> | null = null,
): SVGSVGElement {
  const overlaid = setUpColours !== null && setUpColours.size > 1;
  const names = [...new Set(curves.map((c) => c.name))];
  /** A curve's channel or segment as the page's language shows it (the scenario's labels). */
  const shown = (name: string) => locale.names.label(name, locale.lang, curves.find((c) => c.name === name)?.group);
  const colourOf = (c: DrawnCurve, i: number) =>
    overlaid ? (setUpColours.get(c.setUp ?? "") ?? "#333") : schemeTableau10[i % 10]!;
  const dashOf = (c: DrawnCurve) => (overlaid ? (DASHES[names.indexOf(c.name) % DASHES.length] ?? null) : null);
  const legendItems: LegendItem[] = overlaid
    ? [
        ...[...setUpColours].map(([name, colour]): LegendItem => ({ label: name, color: colour, shape: "line" })),
        ...names.map((name): LegendItem => ({
          label: shown(name),
          color: "#555",
          shape: "dash",
          dash: DASHES[names.indexOf(name) % DASHES.length] ?? "none",
        })),
      ]
    : curves.map((c, i) => ({ label: shown(c.name), color: colourOf(c, i) }));
  const legendRows = legendLayout(legendItems, CHART_WIDTH - 80).height / 16;
  const f = frame("wait-chart", title, 300 + legendRows * 16, {
    top: 26,
    right: 20,
    bottom: 50 + legendRows * 16,
    left: 60,
  });
  const longest = Math.max(max(thresholds) ?? 0, max(curves, (c) => max(c.points, (p) => p.seconds)) ?? 0, 1);
  // Square-root time axis: the first minute (where service levels are judged) gets room, and
  // the long tail of walk-in waits still fits.
  const x = scaleSqrt().domain([0, longest]).range([0, f.width]);
  const ticks = NICE_SECONDS.filter((t) => t <= longest);
  const y = scaleLinear().domain([0, 1]).range([f.height, 0]);
  axisTitle(f.plot, title, 0, -10, "start");
  bottomAxis(
    f,
    axisBottom(x)
      .tickValues(ticks)
      .tickFormat((v) => format.duration(Number(v))),
    locale.t("waitUntilAnswered"),
  );
  f.plot
    .append("g")
    .attr("class", "axis y")
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((v) => format.percent(Number(v), 0)),
    );
  for (const t of thresholds) {
    f.plot
      .append("line")
      .attr("class", "threshold")
      .attr("data-seconds", t)
      .attr("x1", x(t))
      .attr("x2", x(t))
      .attr("y1", 0)
      .attr("y2", f.height)
      .attr("stroke", "#666")
      .attr("stroke-dasharray", "4 3")
      .append("title")
      .text(locale.t("threshold", { t: format.duration(t) }));
    f.plot
      .append("text")
      .attr("class", "threshold-label")
      .attr("x", x(t) + 3)
      .attr("y", 10)
      .text(format.duration(t));
  }
  curves.forEach((c, i) => {
    const colour = colourOf(c, i);
    const g = f.plot.append("g").attr("class", "curve-mark").attr("data-name", c.name);
    if (c.setUp !== undefined) g.attr("data-set-up", c.setUp);
    g.append("path")
      .attr("class", "curve")
      .attr("fill", "none")
      .attr("stroke", colour)
      .attr("stroke-width", 2)
      .attr("stroke-dasharray", dashOf(c))
      .attr(
        "d",
        line<(typeof c.points)[number]>()
          .x((p) => x(p.seconds))
          .y((p) => y(p.share))(c.points),
      );
    for (const p of c.points)
      g.append("circle")
        .attr("class", p.from === "sl" ? "point sl" : "point percentile")
        .attr("data-seconds", p.seconds)
        .attr("data-share", p.share)
        .attr("cx", x(p.seconds))
        .attr("cy", y(p.share))
        .attr("r", 3.5)
        .attr("fill", p.from === "sl" ? colour : "white")
        .attr("stroke", colour)
        .append("title")
        .text(
          `${c.setUp === undefined ? "" : `${c.setUp} — `}${shown(c.name)}: ${format.percent(p.share)} ≤ ${format.duration(p.seconds)}`,
        );
  });
  legend(f.plot, legendItems, 0, f.height + 50, CHART_WIDTH - 80);
  return f.svg.node()!;
}
