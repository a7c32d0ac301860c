import type { Selection } from "d3";

type Group = Selection<SVGGElement, undefined, null, undefined>;

/** A row's label, right-aligned at `x` and centred on the row whose middle is `yMiddle`. */
export function rowLabel(g: Group, x: number, yMiddle: number, text: string): void {
  g.append("text")
    .attr("class", "row-label")
    .attr("x", x)
    .attr("y", yMiddle + 4)
    .attr("text-anchor", "end")
    .text(text);
}

/** A 95% interval drawn as a thin horizontal whisker from `x1` to `x2` at `y`. */
export function whisker(
  g: Group,
  x1: number,
  x2: number,
  y: number,
): Selection<SVGLineElement, undefined, null, undefined> {
  return g
    .append("line")
    .attr("class", "ci")
    .attr("x1", x1)
    .attr("x2", x2)
    .attr("y1", y)
    .attr("y2", y)
    .attr("stroke", "#333")
    .attr("stroke-width", 1.5);
}
