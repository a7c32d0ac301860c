import type { Selection } from "d3";
import { CHART_WIDTH } from "./frame.js";
import { legend, legendLayout, type LegendItem } from "./legend.js";
import { wrapText } from "./textWidth.js";

const TITLE_SIZE = 12;
const TITLE_LINE = 15;
/** Space between the chart's edge and its title and legend. */
const EDGE = 10;

/**
 * A chart's title over its legend, each on its own lines across the chart's whole width (a long
 * title wraps instead of running into the legend or off the chart). `height` is the top margin
 * they need; `draw` puts them in the plot at its `x`, which should be the chart's left edge plus
 * EDGE (minus the plot's left margin, plus 10).
 */
export function chartHead(
  title: string,
  items: LegendItem[],
): { height: number; draw(plot: Selection<SVGGElement, undefined, null, undefined>, x: number): void } {
  const width = CHART_WIDTH - 2 * EDGE;
  const lines = wrapText(title, width, TITLE_SIZE, true);
  const titleHeight = lines.length * TITLE_LINE;
  const legendHeight = legendLayout(items, width).height;
  const height = EDGE + titleHeight + 6 + legendHeight + 6;
  return {
    height,
    draw(plot, x) {
      const text = plot
        .append("text")
        .attr("class", "axis-title")
        .attr("x", x)
        .attr("y", -height + EDGE + TITLE_SIZE)
        .attr("text-anchor", "start");
      lines.forEach((line, i) =>
        text
          .append("tspan")
          .attr("x", x)
          .attr("dy", i === 0 ? 0 : TITLE_LINE)
          .text(line),
      );
      legend(plot, items, x, -height + EDGE + titleHeight + 6 + 12, width);
    },
  };
}
