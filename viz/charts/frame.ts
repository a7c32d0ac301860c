import { create, type Axis, type NumberValue, type Selection } from "d3";

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** An SVG chart: the root, the plotting group inside the margins, and the inner size in pixels. */
export interface Frame {
  svg: Selection<SVGSVGElement, undefined, null, undefined>;
  plot: Selection<SVGGElement, undefined, null, undefined>;
  width: number;
  height: number;
}

/** Width of every chart's coordinate system, in pixels (charts scale to their container). */
export const CHART_WIDTH = 880;

/** A detached SVG chart with a title for screen readers; `name` becomes its class (for tests and CSS). */
export function frame(name: string, label: string, height: number, margin: Margin): Frame {
  const svg = create("svg")
    .attr("class", `chart ${name}`)
    .attr("viewBox", `0 0 ${CHART_WIDTH} ${height}`)
    .attr("width", CHART_WIDTH)
    .attr("height", height)
    .attr("role", "img")
    .attr("aria-label", label);
  svg.append("title").text(label);
  const plot = svg.append("g").attr("class", "plot").attr("transform", `translate(${margin.left},${margin.top})`);
  return {
    svg,
    plot,
    width: CHART_WIDTH - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
}

/** An axis title, as text. */
export function axisTitle(
  g: Selection<SVGGElement, undefined, null, undefined>,
  text: string,
  x: number,
  y: number,
  anchor: "start" | "middle" | "end" = "middle",
  rotate = false,
): void {
  g.append("text")
    .attr("class", "axis-title")
    .attr("x", x)
    .attr("y", y)
    .attr("text-anchor", anchor)
    .attr("transform", rotate ? `rotate(-90,${x},${y})` : null)
    .text(text);
}

/** The x axis along the bottom of the plot, with its title under the tick labels. */
export function bottomAxis(f: Frame, axis: Axis<NumberValue>, title: string): void {
  f.plot.append("g").attr("class", "axis x").attr("transform", `translate(0,${f.height})`).call(axis);
  axisTitle(f.plot, title, f.width / 2, f.height + 32);
}
