import { interpolateBlues, max, scaleSequential } from "d3";
import type { PlanFigures } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { frame } from "./frame.js";
import { legend } from "./legend.js";
import { gridCell, poolGrid } from "./poolGrid.js";

const MISSED = "#b00000";

/**
 * A staffing plan, pool by interval of the day: the colour and the number are the staff found,
 * a red edge marks an interval that missed a target on the check seeds; the tooltip adds the
 * Erlang C start, the arrivals and the re-checked targets.
 */
export function planChart(f: PlanFigures, locale: Locale, format: Format): SVGSVGElement {
  const rowHeight = 30;
  const height = 110 + f.pools.length * rowHeight;
  const fr = frame("plan-chart", locale.t("view_plan"), height, { top: 12, right: 20, bottom: 94, left: 120 });
  const grid = poolGrid(fr, f.pools, f.clocks, locale.t("interval"));
  const most = max(f.cells, (c) => c.staff) ?? 0;
  const colour = scaleSequential(interpolateBlues).domain([0, Math.max(1, most) * 1.3]);
  for (const c of f.cells) {
    const checked = Object.entries(c.checked)
      .map(([m, v]) => `${m} ${v === null ? "–" : format.number(v, 3)}`)
      .join(", ");
    gridCell(fr.plot, grid, "plan-mark", {
      pool: c.pool,
      clock: c.clock,
      className: c.meetsTargets ? "plan-cell" : "plan-cell missed",
      data: { pool: c.pool, clock: c.clock, staff: c.staff },
      fill: c.staff > 0 ? colour(c.staff) : "#f2f2f2",
      edge: c.meetsTargets ? null : MISSED,
      label: c.staff > 0 || c.erlangStart > 0 ? `${c.staff}/${c.erlangStart}` : null,
      labelFill: c.staff > most * 0.6 ? "white" : "#222",
      tooltip: `${c.pool}, ${c.clock}: ${locale.t("staff")} ${c.staff}, ${locale.t("erlangStart")} ${c.erlangStart}, ${locale.t("arrivalsPerDay")} ${format.number(c.arrivalsPerDay, 1)}${checked === "" ? "" : `; ${checked}`}${c.meetsTargets ? "" : ` — ${locale.t("missesTargets")}`}`,
    });
  }
  legend(
    fr.plot,
    [
      { label: locale.t("planCellText"), color: colour(1) },
      { label: locale.t("missesTargets"), color: MISSED, shape: "line" },
    ],
    0,
    fr.height + 62,
    fr.width,
  );
  return fr.svg.node()!;
}
