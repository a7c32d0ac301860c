import { axisBottom, max, min, scaleBand, scaleLinear, type ScaleLinear, type Selection } from "d3";
import { rowId } from "../../engine/results/index.js";
import { judge } from "../data/judgement.js";
import { differenceWithInterval, valueWithInterval } from "../data/metricKinds.js";
import type { KeyFigure } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { CHART_WIDTH, frame } from "./frame.js";
import { JUDGEMENT_COLOURS } from "./judgementColours.js";
import { legend, legendLayout, type LegendItem } from "./legend.js";
import { rowLabel } from "./rowMarks.js";
import { differenceTickFormat, tickFormat, ticksThatFit } from "./ticks.js";

const ROW = 20;
const PANEL_GAP = 42;
const LABEL_WIDTH = 200;
/** Room between the two panels and after the last: the tick labels at their ends are centred on them. */
const BETWEEN = 80;
const RIGHT = 44;
const COLOR = "#1f77b4";

/**
 * Key figures side by side: for each metric, every set-up's mean with its 95% interval, and
 * (experiments) the paired difference from the base with its interval, filled where significant
 * and coloured by what it means: green better, red worse, grey neutral (the catalogue's direction).
 */
export function comparisonChart(figures: KeyFigure[], locale: Locale, format: Format): SVGSVGElement {
  const setUps = figures[0]?.rows.map((r) => r.setUp) ?? [];
  const withDifferences = figures.some((f) => f.rows.some((r) => r.difference !== null));
  const panelHeight = setUps.length * ROW;
  const legendItems: LegendItem[] = [
    { label: `${locale.t("mean")} (95%)`, color: COLOR, shape: "dot" },
    ...(withDifferences
      ? (["better", "worse", "neutral"] as const).map((j): LegendItem => ({
          label: locale.t(`judgement_${j}`),
          color: JUDGEMENT_COLOURS[j],
          shape: "dot",
        }))
      : []),
    ...(withDifferences
      ? [{ label: locale.t("notSignificant"), color: JUDGEMENT_COLOURS.notSignificant, shape: "hollow" as const }]
      : []),
  ];
  const legendHeight = legendLayout(legendItems, CHART_WIDTH - RIGHT - 8).height;
  const top = 32 + legendHeight;
  const height = top - 8 + figures.length * (panelHeight + PANEL_GAP);
  const f = frame("comparison-chart", locale.t("view_comparison"), height + 14, {
    top,
    right: RIGHT,
    bottom: 4,
    left: 8,
  });
  const panelWidth = withDifferences ? (f.width - LABEL_WIDTH - BETWEEN) / 2 : f.width - LABEL_WIDTH;
  const diffLeft = LABEL_WIDTH + panelWidth + BETWEEN;
  legend(f.plot, legendItems, 0, -top + 16, f.width);
  const y = scaleBand<string>().domain(setUps).range([0, panelHeight]).padding(0.2);
  figures.forEach((fig, i) => {
    const panel = f.plot
      .append("g")
      .attr("class", "metric-panel")
      .attr("data-metric", rowId(fig.metric))
      .attr("transform", `translate(0,${i * (panelHeight + PANEL_GAP)})`);
    const title = fig.unit === "money" ? `${fig.label}, ${format.currencySymbol}` : fig.label;
    panel.append("text").attr("class", "panel-title").attr("x", 0).attr("y", -6).text(title);
    for (const s of setUps) rowLabel(panel, LABEL_WIDTH - 8, (y(s) ?? 0) + y.bandwidth() / 2, s);
    const present = fig.rows.filter((r) => r.summary !== null);
    const lo = min(present, (r) => r.summary!.ci95[0]) ?? 0;
    const hi = max(present, (r) => r.summary!.ci95[1]) ?? 1;
    const x = scaleLinear()
      .domain([Math.min(lo, hi === lo ? lo - 1 : lo), hi === lo ? hi + 1 : hi])
      .nice()
      .range([LABEL_WIDTH, LABEL_WIDTH + panelWidth]);
    panel
      .append("g")
      .attr("class", "axis")
      .attr("transform", `translate(0,${panelHeight})`)
      .call(
        axisBottom(x)
          .tickValues(ticksThatFit(x, tickFormat(format, fig.unit)))
          .tickFormat(tickFormat(format, fig.unit)),
      );
    for (const r of present) {
      const s = r.summary!;
      intervalMark(panel, {
        group: "estimate-mark",
        mark: "estimate",
        x,
        cy: (y(r.setUp) ?? 0) + y.bandwidth() / 2,
        mean: s.mean,
        ci95: s.ci95,
        colour: COLOR,
        filled: true,
        setUp: r.setUp,
        tip: `${r.setUp} — ${fig.label}: ${valueWithInterval(format, fig.unit, s.mean, s.ci95)}`,
      });
    }
    if (!withDifferences) return;
    const diffs = fig.rows.filter((r) => r.difference !== null);
    const dlo = Math.min(0, min(diffs, (r) => r.difference!.ci95[0]) ?? 0);
    const dhi = Math.max(0, max(diffs, (r) => r.difference!.ci95[1]) ?? 0);
    const dx = scaleLinear()
      .domain([dlo === dhi ? -1 : dlo, dlo === dhi ? 1 : dhi])
      .nice()
      .range([diffLeft, diffLeft + panelWidth]);
    panel
      .append("g")
      .attr("class", "axis")
      .attr("transform", `translate(0,${panelHeight})`)
      .call(
        axisBottom(dx)
          .tickValues(ticksThatFit(dx, differenceTickFormat(format, fig.unit)))
          .tickFormat(differenceTickFormat(format, fig.unit)),
      );
    panel
      .append("line")
      .attr("class", "zero")
      .attr("x1", dx(0))
      .attr("x2", dx(0))
      .attr("y1", 0)
      .attr("y2", panelHeight)
      .attr("stroke", "#888")
      .attr("stroke-dasharray", "3 3");
    for (const r of diffs) {
      const d = r.difference!;
      const judgement = judge(fig.metric.measure, d)!;
      const independent =
        d.independentCi95 === undefined
          ? ""
          : `; ${locale.t("independentInterval")}: ${differenceWithInterval(format, fig.unit, d.mean, d.independentCi95).replace(/^.*? \[/, "[")}`;
      intervalMark(panel, {
        group: "difference-mark",
        mark: d.significant ? "difference significant" : "difference",
        x: dx,
        cy: (y(r.setUp) ?? 0) + y.bandwidth() / 2,
        mean: d.mean,
        ci95: d.ci95,
        colour: JUDGEMENT_COLOURS[judgement],
        filled: d.significant,
        setUp: r.setUp,
        judgement,
        tip: `${r.setUp} − ${setUps[0]}: ${differenceWithInterval(format, fig.unit, d.mean, d.ci95)} (${locale.t(judgement === "notSignificant" ? "notSignificant" : `judgement_${judgement}`)})${independent}`,
      });
    }
  });
  return f.svg.node()!;
}

/** A mean as a dot on its 95% interval, with a tooltip; hollow when not `filled`. */
function intervalMark(
  panel: Selection<SVGGElement, undefined, null, undefined>,
  o: {
    group: string;
    mark: string;
    x: ScaleLinear<number, number>;
    cy: number;
    mean: number;
    ci95: [number, number];
    colour: string;
    filled: boolean;
    setUp: string;
    judgement?: string;
    tip: string;
  },
): void {
  const g = panel.append("g").attr("class", o.group).attr("data-set-up", o.setUp);
  if (o.judgement !== undefined) g.attr("data-judgement", o.judgement);
  g.append("title").text(o.tip);
  g.append("line")
    .attr("class", "ci")
    .attr("x1", o.x(o.ci95[0]))
    .attr("x2", o.x(o.ci95[1]))
    .attr("y1", o.cy)
    .attr("y2", o.cy)
    .attr("stroke", o.colour)
    .attr("stroke-width", 2);
  g.append("circle")
    .attr("class", o.mark)
    .attr("data-value", o.mean)
    .attr("cx", o.x(o.mean))
    .attr("cy", o.cy)
    .attr("r", 4.5)
    .attr("fill", o.filled ? o.colour : "white")
    .attr("stroke", o.colour);
}
