import { axisBottom, axisLeft, scaleBand, type ScaleBand, type Selection } from "d3";
import { axisTitle, type Frame } from "./frame.js";
import { textWidth } from "./textWidth.js";

/** Font size of a cell label, in CSS pixels (as in style.css, .cell-label). */
const CELL_LABEL_PX = 9;

/** A pool-by-interval grid: a band scale for the intervals (x) and one for the pools (y). */
export interface PoolGrid {
  x: ScaleBand<string>;
  y: ScaleBand<string>;
}

/** One cell of the grid: what it shows and how it is marked. */
export interface GridCell {
  pool: string;
  clock: string;
  /** Class of the rectangle (for tests and styles). */
  className: string;
  /** data-* attributes of the rectangle. */
  data: Record<string, string | number | null>;
  fill: string;
  /** An edge in this colour (null: none). */
  edge: string | null;
  /** Text written in the cell (null: none) and its colour. */
  label: string | null;
  labelFill: string;
  tooltip: string;
}

/**
 * Draws the axes of a grid of pools (rows) by intervals of the day (columns) in a frame; `poolName`
 * writes a row's pool as the page shows it (its label), the rows keep the pools' own names.
 */
export function poolGrid(
  fr: Frame,
  pools: string[],
  clocks: string[],
  xTitle: string | null,
  poolName: (pool: string) => string = (p) => p,
): PoolGrid {
  const x = scaleBand<string>().domain(clocks).range([0, fr.width]).padding(0.04);
  const y = scaleBand<string>().domain(pools).range([0, fr.height]).padding(0.06);
  const every = Math.max(1, Math.ceil(clocks.length / 12));
  fr.plot
    .append("g")
    .attr("class", "axis x")
    .attr("transform", `translate(0,${fr.height})`)
    .call(axisBottom(x).tickValues(clocks.filter((_, i) => i % every === 0)));
  if (xTitle !== null) axisTitle(fr.plot, xTitle, fr.width / 2, fr.height + 32);
  fr.plot.append("g").attr("class", "axis y").call(axisLeft(y).tickFormat(poolName));
  return { x, y };
}

/** Draws one cell in a group of class `markClass`: its tooltip, its rectangle and its text. */
export function gridCell(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  grid: PoolGrid,
  markClass: string,
  c: GridCell,
): void {
  const { x, y } = grid;
  const g = parent.append("g").attr("class", markClass);
  g.append("title").text(c.tooltip);
  const rect = g
    .append("rect")
    .attr("class", c.className)
    .attr("x", x(c.clock) ?? 0)
    .attr("y", y(c.pool) ?? 0)
    .attr("width", x.bandwidth())
    .attr("height", y.bandwidth())
    .attr("fill", c.fill)
    .attr("stroke", c.edge)
    .attr("stroke-width", c.edge === null ? null : 2);
  for (const [key, value] of Object.entries(c.data)) rect.attr(`data-${key}`, value);
  // A label is drawn only where it fits its cell (with a pixel either side), never over the next one.
  if (c.label !== null && textWidth(c.label, CELL_LABEL_PX) + 2 <= x.bandwidth())
    g.append("text")
      .attr("class", "cell-label")
      .attr("x", (x(c.clock) ?? 0) + x.bandwidth() / 2)
      .attr("y", (y(c.pool) ?? 0) + y.bandwidth() / 2 + 4)
      .attr("text-anchor", "middle")
      .attr("fill", c.labelFill)
      .text(c.label);
}
