import { area, axisBottom, axisLeft, line, max, scaleLinear } from "d3";
import { valueWithInterval } from "../data/metricKinds.js";
import type { TimeOfDaySeries } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { axisTitle, bottomAxis, frame } from "./frame.js";
import { legend } from "./legend.js";
import { tickFormat } from "./ticks.js";

const COLOR = "#1f77b4";

/** One measure per interval of the day: the mean as a line with points, the 95% interval as a band. */
export function bandChart(
  series: TimeOfDaySeries,
  intervalSeconds: number,
  span: [number, number],
  locale: Locale,
  format: Format,
): SVGSVGElement {
  const f = frame("band-chart", series.label, 220, { top: 26, right: 20, bottom: 36, left: 70 });
  const points = series.points;
  const [first, last] = span;
  const x = scaleLinear().domain([first, last]).range([0, f.width]);
  const top = series.unit === "share" ? 1 : (max(points, (p) => p.high) ?? 1) || 1;
  const y = scaleLinear().domain([0, top]).nice().range([f.height, 0]);
  const mid = (start: number) => x(start + intervalSeconds / 2);
  axisTitle(f.plot, series.label, 0, -10, "start");
  legend(
    f.plot,
    [
      { label: locale.t("mean"), color: COLOR, shape: "dot" },
      { label: locale.t("band95"), color: "rgba(31,119,180,0.25)" },
    ],
    f.width - 260,
    -6,
    260,
  );
  const hourTicks: number[] = [];
  for (let t = Math.ceil(first / 3600) * 3600; t <= last; t += 3600 * (last - first > 12 * 3600 ? 2 : 1))
    hourTicks.push(t);
  bottomAxis(
    f,
    axisBottom(x)
      .tickValues(hourTicks)
      .tickFormat((v) => format.clock(Number(v))),
    locale.t("interval"),
  );
  f.plot
    .append("g")
    .attr("class", "axis y")
    .call(axisLeft(y).ticks(5).tickFormat(tickFormat(format, series.unit)));
  f.plot
    .append("path")
    .attr("class", "band")
    .attr("fill", COLOR)
    .attr("fill-opacity", 0.18)
    .attr(
      "d",
      area<(typeof points)[number]>()
        .x((p) => mid(p.start))
        .y0((p) => y(Math.max(0, p.low)))
        .y1((p) => y(Math.min(series.unit === "share" ? 1 : Infinity, p.high)))(points),
    );
  f.plot
    .append("path")
    .attr("class", "line")
    .attr("fill", "none")
    .attr("stroke", COLOR)
    .attr("stroke-width", 2)
    .attr(
      "d",
      line<(typeof points)[number]>()
        .x((p) => mid(p.start))
        .y((p) => y(p.mean))(points),
    );
  const dots = f.plot.append("g").attr("class", "points");
  for (const p of points) {
    const dot = dots
      .append("circle")
      .attr("class", "point")
      .attr("data-clock", p.clock)
      .attr("data-value", p.mean)
      .attr("cx", mid(p.start))
      .attr("cy", y(p.mean))
      .attr("r", 3)
      .attr("fill", COLOR);
    dot.append("title").text(`${p.clock}: ${valueWithInterval(format, series.unit, p.mean, [p.low, p.high])}`);
  }
  return f.svg.node()!;
}
