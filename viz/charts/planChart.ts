import { axisBottom, axisLeft, interpolateBlues, max, scaleBand, scaleSequential } from "d3";
import type { PlanFigures } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { axisTitle, frame } from "./frame.js";
import { legend } from "./legend.js";

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
  const x = scaleBand<string>().domain(f.clocks).range([0, fr.width]).padding(0.04);
  const y = scaleBand<string>().domain(f.pools).range([0, fr.height]).padding(0.06);
  const colour = scaleSequential(interpolateBlues).domain([0, Math.max(1, max(f.cells, (c) => c.staff) ?? 1) * 1.3]);
  const every = Math.max(1, Math.ceil(f.clocks.length / 12));
  fr.plot
    .append("g")
    .attr("class", "axis x")
    .attr("transform", `translate(0,${fr.height})`)
    .call(axisBottom(x).tickValues(f.clocks.filter((_, i) => i % every === 0)));
  axisTitle(fr.plot, locale.t("interval"), fr.width / 2, fr.height + 32);
  fr.plot.append("g").attr("class", "axis y").call(axisLeft(y));
  for (const c of f.cells) {
    const g = fr.plot.append("g").attr("class", "plan-mark");
    const checked = Object.entries(c.checked)
      .map(([m, v]) => `${m} ${v === null ? "–" : format.number(v, 3)}`)
      .join(", ");
    g.append("title").text(
      `${c.pool}, ${c.clock}: ${locale.t("staff")} ${c.staff}, ${locale.t("erlangStart")} ${c.erlangStart}, ${locale.t("arrivalsPerDay")} ${format.number(c.arrivalsPerDay, 1)}${checked === "" ? "" : `; ${checked}`}${c.meetsTargets ? "" : ` — ${locale.t("missesTargets")}`}`,
    );
    g.append("rect")
      .attr("class", c.meetsTargets ? "plan-cell" : "plan-cell missed")
      .attr("data-pool", c.pool)
      .attr("data-clock", c.clock)
      .attr("data-staff", c.staff)
      .attr("x", x(c.clock) ?? 0)
      .attr("y", y(c.pool) ?? 0)
      .attr("width", x.bandwidth())
      .attr("height", y.bandwidth())
      .attr("fill", c.staff > 0 ? colour(c.staff) : "#f2f2f2")
      .attr("stroke", c.meetsTargets ? null : MISSED)
      .attr("stroke-width", c.meetsTargets ? null : 2);
    if (c.staff > 0 || c.erlangStart > 0)
      g.append("text")
        .attr("class", "cell-label")
        .attr("x", (x(c.clock) ?? 0) + x.bandwidth() / 2)
        .attr("y", (y(c.pool) ?? 0) + y.bandwidth() / 2 + 4)
        .attr("text-anchor", "middle")
        .attr("fill", c.staff > (max(f.cells, (d) => d.staff) ?? 0) * 0.6 ? "white" : "#222")
        .text(`${c.staff}/${c.erlangStart}`);
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
