import { axisBottom, interpolateYlOrRd, range, scaleLinear, scaleSequential } from "d3";
import type { StaffingFigures } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { axisTitle, frame } from "./frame.js";
import { gridCell, poolGrid } from "./poolGrid.js";
import { textWidth } from "./textWidth.js";

let gradients = 0;

/**
 * Pools by interval of the day: the colour is utilisation (busy / on shift), the numbers are the
 * mean staff on shift and (with a service target) the staff needed, short cells edged in red;
 * the tooltip adds staff busy and clients waiting.
 */
export function heatmap(f: StaffingFigures, locale: Locale, format: Format): SVGSVGElement {
  const rowHeight = 30;
  const height = 90 + f.pools.length * rowHeight;
  const fr = frame("staffing-heatmap", locale.t("view_staffing"), height + 36, {
    top: 12,
    right: 20,
    bottom: 114,
    // Rows named by pool and set-up need room for the longer names.
    left: f.setUps === undefined ? 120 : Math.max(120, 16 + Math.max(0, ...f.pools.map((p) => textWidth(p)))),
  });
  const grid = poolGrid(fr, f.pools, f.clocks, null);
  const colour = scaleSequential(interpolateYlOrRd).domain([0, 1]);
  const cells = fr.plot.append("g").attr("class", "cells");
  for (const c of f.cells) {
    const short = c.needed !== null && c.staffed + 0.05 < c.needed;
    gridCell(cells, grid, "cell-mark", {
      pool: c.pool,
      clock: c.clock,
      className: `cell${c.staffed > 0 ? "" : " empty"}${short ? " short" : ""}`,
      data: { needed: c.needed, pool: c.pool, clock: c.clock, staffed: c.staffed },
      fill: c.utilisation === null ? "#f2f2f2" : colour(Math.min(1, c.utilisation)),
      edge: short ? "#b00000" : null,
      label:
        c.staffed > 0 && grid.x.bandwidth() >= 20
          ? c.needed === null
            ? format.number(c.staffed, c.staffed < 10 ? 1 : 0)
            : `${format.number(c.staffed, 1)}/${format.number(c.needed, 1)}`
          : null,
      labelFill: (c.utilisation ?? 0) > 0.7 ? "white" : "#222",
      tooltip: `${c.pool}, ${c.clock}: ${locale.t("staffed")} ${format.number(c.staffed, 2)}${c.needed === null ? "" : `, ${locale.t("needed")} ${c.needed === 0 ? 0 : format.number(c.needed, 1)}`}, ${locale.t("busy")} ${format.number(c.busy, 2)}, ${locale.t("utilisation")} ${format.percent(c.utilisation)}, ${locale.t("queue")} ${format.number(c.queue, 2)}`,
    });
  }
  // Colour legend: utilisation 0..100%.
  const id = `utilisation-gradient-${++gradients}`;
  const legendWidth = 220;
  const lg = fr.plot
    .append("g")
    .attr("class", "legend")
    .attr("transform", `translate(0,${fr.height + 40})`);
  const gradient = fr.svg.append("defs").append("linearGradient").attr("id", id);
  for (const t of range(0, 1.01, 0.1))
    gradient
      .append("stop")
      .attr("offset", `${t * 100}%`)
      .attr("stop-color", colour(t));
  lg.append("rect").attr("width", legendWidth).attr("height", 10).attr("fill", `url(#${id})`);
  lg.append("g")
    .attr("class", "axis")
    .attr("transform", "translate(0,10)")
    .call(
      axisBottom(scaleLinear().domain([0, 1]).range([0, legendWidth]))
        .ticks(5)
        .tickFormat((v) => format.percent(Number(v), 0)),
    );
  axisTitle(lg, locale.t("utilisation"), legendWidth + 10, 9, "start");
  axisTitle(
    lg,
    f.target === null
      ? locale.t("cellNumber")
      : locale.t("cellNumberNeeded", { share: format.percent(f.target.share, 0), within: String(f.target.within) }),
    0,
    44,
    "start",
  );
  return fr.svg.node()!;
}
