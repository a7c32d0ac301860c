import type { Selection } from "d3";

export interface LegendItem {
  label: string;
  color: string;
  /** "box" (default), "dot", "hollow" (an open circle), "line" or "dash" (a dashed line). */
  shape?: "box" | "dot" | "hollow" | "line" | "dash";
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
  let cx = 0;
  let cy = 0;
  for (const item of items) {
    const w = 18 + item.label.length * 6.2 + 14;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      cy += 16;
    }
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
        .attr("stroke-dasharray", shape === "dash" ? "4 3" : null);
    else
      it.append("circle")
        .attr("cx", 6)
        .attr("cy", -4)
        .attr("r", 4)
        .attr("fill", shape === "dot" ? item.color : "white")
        .attr("stroke", item.color);
    it.append("text").attr("x", 18).attr("y", 0).text(item.label);
    cx += w;
  }
  return cy + 16;
}
