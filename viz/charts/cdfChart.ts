import { axisBottom, axisLeft, line, max, scaleLinear, scaleSqrt, schemeTableau10 } from "d3";
import type { WaitCurve } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { axisTitle, bottomAxis, frame } from "./frame.js";
import { legend } from "./legend.js";

/** Tick marks of the wait axis, in seconds. */
const NICE_SECONDS = [0, 20, 60, 120, 180, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200];

/**
 * Waiting-time distributions: per group, the share of served contacts answered within t,
 * from the service levels at the thresholds and the percentiles of the wait; thresholds dashed.
 */
export function cdfChart(
  curves: WaitCurve[],
  thresholds: number[],
  title: string,
  locale: Locale,
  format: Format,
): SVGSVGElement {
  const legendRows = Math.ceil(curves.length / 5);
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
    const colour = schemeTableau10[i % 10]!;
    const g = f.plot.append("g").attr("class", "curve-mark").attr("data-name", c.name);
    g.append("path")
      .attr("class", "curve")
      .attr("fill", "none")
      .attr("stroke", colour)
      .attr("stroke-width", 2)
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
        .text(`${c.name}: ${format.percent(p.share)} ≤ ${format.duration(p.seconds)}`);
  });
  legend(
    f.plot,
    curves.map((c, i) => ({ label: c.name, color: schemeTableau10[i % 10]! })),
    0,
    f.height + 50,
    f.width,
  );
  return f.svg.node()!;
}
