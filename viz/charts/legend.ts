import type { Selection } from "d3";
import { textWidth } from "./textWidth.js";

export interface LegendItem {
  label: string;
  color: string;
  /** "box" (default), "dot", "hollow" (an open circle), "line" or "dash" (a dashed line). */
  shape?: "box" | "dot" | "hollow" | "line" | "dash";
  /** The dash pattern of a "dash" item (default "4 3"). */
  dash?: string;
}

const LINE = 16;
const SWATCH = 18;
const SPACE = 14;

/** Where each item of a legend goes (rows wrapping at `maxWidth`), and the height of the whole. */
export function legendLayout(items: LegendItem[], maxWidth: number): { at: [number, number][]; height: number } {
  const at: [number, number][] = [];
  let cx = 0;
  let cy = 0;
  for (const item of items) {
    const w = SWATCH + textWidth(item.label) + SPACE;
    if (cx > 0 && cx + w - SPACE > maxWidth) {
      cx = 0;
      cy += LINE;
    }
    at.push([cx, cy]);
    cx += w;
  }
  return { at, height: cy + LINE };
}

/**
 * Draws a legend as rows of swatches and labels starting at (x, y), wrapping at `maxWidth`.
 * Returns the height used, in pixels.
 */
export function legend(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  items: LegendItem[],
  x: number,
  y: number,
  maxWidth: number,
): number {
  const g = parent.append("g").attr("class", "legend").attr("transform", `translate(${x},${y})`);
  const layout = legendLayout(items, maxWidth);
  items.forEach((item, i) => {
    const [cx, cy] = layout.at[i]!;
    const it = g.append("g").attr("class", "legend-item").attr("transform", `translate(${cx},${cy})`);
    const shape = item.shape ?? "box";
    if (shape === "box") it.append("rect").attr("width", 12).attr("height", 10).attr("y", -9).attr("fill", item.color);
    else if (shape === "dash" || shape === "line")
      it.append("line")
        .attr("x1", 0)
        .attr("x2", 14)
        .attr("y1", -4)
        .attr("y2", -4)
        .attr("stroke", item.color)
        .attr("stroke-width", 1.5)
        .attr("stroke-dasharray", shape === "dash" ? (item.dash ?? "4 3") : null);
    else
      it.append("circle")
        .attr("cx", 6)
        .attr("cy", -4)
        .attr("r", 4)
        .attr("fill", shape === "dot" ? item.color : "white")
        .attr("stroke", item.color);
    it.append("text").attr("x", SWATCH).attr("y", 0).text(item.label);
  });
  return layout.height;
}
