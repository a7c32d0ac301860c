import { interpolateBlues, interpolateGreys } from "d3";
import type { StaffingCell, StaffingFigures } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { axisTitle, frame } from "./frame.js";
import { legend, type LegendItem } from "./legend.js";
import { gridCell, poolGrid } from "./poolGrid.js";
import { textWidth } from "./textWidth.js";

/** Staff on shift minus needed below this is short (a twentieth of a person: rounding, not a gap). */
const SHORT = -0.05;
/** From a whole person over, a cell is over. */
const OVER = 1;
const MET_FILL = "#f7f7f7";

/** Where a cell stands against the staff needed (null: no target applies to it). */
export function gapOf(c: Pick<StaffingCell, "staffed" | "needed">): "short" | "met" | "over" | null {
  if (c.needed === null) return null;
  const gap = c.staffed - c.needed;
  return gap < SHORT ? "short" : gap >= OVER ? "over" : "met";
}

/** A cell's colour: blue by how many are missing, neutral when met (0/0 too), grey by how many are over. */
function fillOf(c: Pick<StaffingCell, "staffed" | "needed">): string {
  const state = gapOf(c);
  if (state === null || state === "met") return MET_FILL;
  const size = Math.min(1, Math.abs(c.staffed - c.needed!) / 3);
  return state === "short" ? interpolateBlues(0.35 + 0.6 * size) : interpolateGreys(0.25 + 0.45 * size);
}

/**
 * Pools by interval of the day, each cell the gap: staff on shift minus the staff needed for the
 * service target (blue short, neutral met, grey over by a person or more), the signed gap written
 * in where it fits; where no target applies, the staff on shift on a neutral cell. Pools are named
 * by the page language's labels; the tooltip adds utilisation, staff busy and clients waiting.
 */
export function heatmap(f: StaffingFigures, locale: Locale, format: Format): SVGSVGElement {
  const rowHeight = 30;
  const height = 90 + f.pools.length * rowHeight;
  const poolName = (p: string) => locale.names.label(p, locale.lang, "pool");
  const fr = frame("staffing-heatmap", locale.t("view_staffing"), height + 36, {
    top: 12,
    right: 20,
    bottom: 114,
    left: Math.max(120, 16 + Math.max(0, ...f.pools.map((p) => textWidth(poolName(p))))),
  });
  const grid = poolGrid(fr, f.pools, f.clocks, null, poolName);
  const cells = fr.plot.append("g").attr("class", "cells");
  const signed = (x: number) => (Math.abs(x) < 0.05 ? "0" : `${x > 0 ? "+" : "−"}${format.number(Math.abs(x), 1)}`);
  for (const c of f.cells) {
    const state = gapOf(c);
    const dark = state !== null && state !== "met" && Math.abs(c.staffed - c.needed!) >= 2;
    gridCell(cells, grid, "cell-mark", {
      pool: c.pool,
      clock: c.clock,
      className: `cell${c.staffed > 0 ? "" : " empty"}${state === null ? "" : ` ${state}`}`,
      data: { needed: c.needed, pool: c.pool, clock: c.clock, staffed: c.staffed, gap: state },
      fill: fillOf(c),
      edge: null,
      label:
        grid.x.bandwidth() < 20 || (c.staffed === 0 && (c.needed ?? 0) === 0)
          ? null
          : c.needed === null
            ? format.number(c.staffed, c.staffed < 10 ? 1 : 0)
            : signed(c.staffed - c.needed),
      labelFill: dark ? "white" : "#222",
      tooltip: `${poolName(c.pool)}, ${c.clock}: ${locale.t("staffed")} ${format.number(c.staffed, 2)}${c.needed === null ? "" : `, ${locale.t("needed")} ${c.needed === 0 ? 0 : format.number(c.needed, 1)} (${locale.t(state === "short" ? "gapShort" : state === "over" ? "gapOver" : "gapMet")})`}, ${locale.t("busy")} ${format.number(c.busy, 2)}, ${locale.t("utilisation")} ${format.percent(c.utilisation)}, ${locale.t("queue")} ${format.number(c.queue, 2)}`,
    });
  }
  const lg = fr.plot
    .append("g")
    .attr("class", "legend gap-legend")
    .attr("transform", `translate(0,${fr.height + 40})`);
  const items: LegendItem[] = [
    { label: locale.t("gapShort"), color: interpolateBlues(0.65) },
    { label: locale.t("gapMet"), color: MET_FILL },
    { label: locale.t("gapOver"), color: interpolateGreys(0.45) },
  ];
  if (f.target !== null) legend(lg, items, 0, 4, fr.width);
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
