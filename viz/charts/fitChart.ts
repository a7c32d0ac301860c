import { area, axisBottom, axisLeft, curveStepAfter, line, max, scaleLinear } from "d3";
import type { FitCurves, FitPoint } from "../figures/index.js";
import type { Format } from "../i18n/index.js";
import { chartHead } from "./chartHead.js";
import { bottomAxis, frame } from "./frame.js";
import { durationTicks, tickFormat } from "./ticks.js";

/** What a fit chart shows: its title, the axes' names and unit, the two curves' names. */
export interface FitChartOptions {
  /** Class of the chart, for tests and styles. */
  name: string;
  title: string;
  xLabel: string;
  yLabel: string;
  /** Unit of the x axis: durations in seconds, or amounts of money. */
  unit: "seconds" | "money";
  sampleLabel: string;
  fittedLabel: string;
}

const SAMPLE_COLOUR = "#1f77b4";
const FITTED_COLOUR = "#d62728";

/**
 * A measured distribution against the fitted one: the sample's curve as steps with points (and
 * its interval as a band where it has one, as the Kaplan-Meier curve does), the fitted curve as
 * a dashed line; y is a share from 0 to 1.
 */
export function fitChart(curves: FitCurves, o: FitChartOptions, format: Format): SVGSVGElement {
  const items = [
    { label: o.sampleLabel, color: SAMPLE_COLOUR, shape: "dot" as const },
    ...(curves.fitted.length === 0 ? [] : [{ label: o.fittedLabel, color: FITTED_COLOUR, shape: "dash" as const }]),
  ];
  const head = chartHead(o.title, items);
  const f = frame(`fit-chart ${o.name}`, o.title, 250 + head.height, {
    top: head.height,
    right: 24,
    bottom: 44,
    left: 64,
  });
  head.draw(f.plot, -54);
  const longest = Math.max(max([...curves.sample, ...curves.fitted], (p) => p.x) ?? 1, 1);
  const x = scaleLinear().domain([0, longest]).range([0, f.width]);
  if (o.unit === "money") x.nice();
  const y = scaleLinear().domain([0, 1]).range([f.height, 0]);
  const xAxis = axisBottom(x).tickFormat(tickFormat(format, o.unit));
  bottomAxis(f, o.unit === "seconds" ? xAxis.tickValues(durationTicks(longest, 6)) : xAxis.ticks(6), o.xLabel);
  f.plot
    .append("g")
    .attr("class", "axis y")
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((v) => format.percent(Number(v), 0)),
    );
  f.plot
    .append("text")
    .attr("class", "axis-title")
    .attr("transform", `translate(-48,${f.height / 2}) rotate(-90)`)
    .attr("text-anchor", "middle")
    .text(o.yLabel);
  const banded = curves.sample.filter((p) => p.low !== undefined && p.high !== undefined);
  if (banded.length > 1)
    f.plot
      .append("path")
      .attr("class", "sample-band")
      .attr("fill", SAMPLE_COLOUR)
      .attr("fill-opacity", 0.15)
      .attr(
        "d",
        area<FitPoint>()
          .curve(curveStepAfter)
          .x((p) => x(p.x))
          .y0((p) => y(p.low!))
          .y1((p) => y(p.high!))(banded),
      );
  f.plot
    .append("path")
    .attr("class", "sample-curve")
    .attr("fill", "none")
    .attr("stroke", SAMPLE_COLOUR)
    .attr("stroke-width", 1.5)
    .attr(
      "d",
      line<FitPoint>()
        .curve(curveStepAfter)
        .x((p) => x(p.x))
        .y((p) => y(p.y))(curves.sample),
    );
  if (curves.fitted.length > 0)
    f.plot
      .append("path")
      .attr("class", "fitted-curve")
      .attr("fill", "none")
      .attr("stroke", FITTED_COLOUR)
      .attr("stroke-width", 2)
      .attr("stroke-dasharray", "6 3")
      .attr(
        "d",
        line<FitPoint>()
          .x((p) => x(p.x))
          .y((p) => y(p.y))(curves.fitted),
      );
  const shown = (v: number) => (o.unit === "seconds" ? format.duration(v) : format.number(v, 0));
  for (const p of curves.sample.slice(1))
    f.plot
      .append("circle")
      .attr("class", "sample-point")
      .attr("data-x", p.x)
      .attr("data-share", p.y)
      .attr("cx", x(p.x))
      .attr("cy", y(p.y))
      .attr("r", 2.5)
      .attr("fill", SAMPLE_COLOUR)
      .append("title")
      .text(
        `${shown(p.x)}: ${format.percent(p.y, 1)}${p.low === undefined ? "" : ` ${format.interval(format.percent(p.low, 1), format.percent(p.high, 1))}`}`,
      );
  return f.svg.node()!;
}
