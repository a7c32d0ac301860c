import { area, axisBottom, axisLeft, color, line, max, scaleLinear } from "d3";
import { valueWithInterval } from "../data/metricKinds.js";
import type { TimeOfDaySeries } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { axisTitle, bottomAxis, CHART_WIDTH, frame } from "./frame.js";
import { legend, legendLayout, type LegendItem } from "./legend.js";
import { tickFormat } from "./ticks.js";

/** A series drawn in a chart: its points, its name in the legend and its colour. */
export interface BandSeries {
  series: TimeOfDaySeries;
  name: string;
  colour: string;
  /** "point" marks for the chosen set-up, "reference-point" for the base drawn beside it. */
  mark: "point" | "reference-point";
}

/**
 * One measure per interval of the day: the mean as a line with points, the 95% interval as a
 * band; several set-ups (an experiment's) are drawn over one another, each in its colour.
 */
export function bandChart(
  drawn: BandSeries[],
  intervalSeconds: number,
  span: [number, number],
  locale: Locale,
  format: Format,
): SVGSVGElement {
  const series = drawn[drawn.length - 1]!.series;
  const legendItems: LegendItem[] = drawn.flatMap((d) =>
    drawn.length === 1
      ? [
          { label: locale.t("mean"), color: d.colour, shape: "dot" as const },
          { label: locale.t("band95"), color: color(d.colour)!.copy({ opacity: 0.25 }).toString() },
        ]
      : [{ label: d.name, color: d.colour, shape: "dot" as const }],
  );
  // Several set-ups: their names on lines of their own between the title and the plot.
  const named = drawn.length > 1 ? legendLayout(legendItems, CHART_WIDTH - 90).height : 0;
  const f = frame("band-chart", series.label, 220 + named, { top: 26 + named, right: 20, bottom: 36, left: 70 });
  const [first, last] = span;
  const x = scaleLinear().domain([first, last]).range([0, f.width]);
  const top = series.unit === "share" ? 1 : (max(drawn, (d) => max(d.series.points, (p) => p.high)) ?? 1) || 1;
  const y = scaleLinear().domain([0, top]).nice().range([f.height, 0]);
  const mid = (start: number) => x(start + intervalSeconds / 2);
  axisTitle(f.plot, series.label, 0, -10 - named, "start");
  if (named > 0) legend(f.plot, legendItems, 0, 6 - named, CHART_WIDTH - 90);
  else legend(f.plot, legendItems, f.width - 360, -6, 360);
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
  for (const d of drawn) {
    const points = d.series.points;
    const g = f.plot
      .append("g")
      .attr("class", `series ${d.mark === "point" ? "chosen" : "reference"}`)
      .attr("data-set-up", d.name);
    g.append("path")
      .attr("class", "band")
      .attr("fill", d.colour)
      .attr("fill-opacity", 0.18)
      .attr(
        "d",
        area<(typeof points)[number]>()
          .x((p) => mid(p.start))
          .y0((p) => y(Math.max(0, p.low)))
          .y1((p) => y(Math.min(series.unit === "share" ? 1 : Infinity, p.high)))(points),
      );
    g.append("path")
      .attr("class", "line")
      .attr("fill", "none")
      .attr("stroke", d.colour)
      .attr("stroke-width", 2)
      .attr(
        "d",
        line<(typeof points)[number]>()
          .x((p) => mid(p.start))
          .y((p) => y(p.mean))(points),
      );
    for (const p of points)
      g.append("circle")
        .attr("class", d.mark)
        .attr("data-clock", p.clock)
        .attr("data-value", p.mean)
        .attr("cx", mid(p.start))
        .attr("cy", y(p.mean))
        .attr("r", 3)
        .attr("fill", d.colour)
        .append("title")
        .text(`${d.name}, ${p.clock}: ${valueWithInterval(format, series.unit, p.mean, [p.low, p.high])}`);
  }
  return f.svg.node()!;
}
