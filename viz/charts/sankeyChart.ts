import { schemeTableau10 } from "d3";
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from "d3-sankey";
import type { FlowFigures, FlowNode } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { frame } from "./frame.js";
import { legend } from "./legend.js";

type Node = SankeyNode<FlowNode, { perDay: number }>;
type Link = SankeyLink<FlowNode, { perDay: number }>;

const LOST = "#d62728";

/** Contacts per day from channel to department to outcome, as a Sankey diagram (lost outcomes in red). */
export function sankeyChart(f: FlowFigures, locale: Locale, format: Format): SVGSVGElement {
  const height = Math.max(330, 50 + f.nodes.length * 22);
  const fr = frame("flow-chart", locale.t("view_flow"), height, { top: 24, right: 170, bottom: 34, left: 150 });
  const stages = ["channel", "department", "outcome"] as const;
  stages.forEach((stage, i) =>
    fr.plot
      .append("text")
      .attr("class", "stage-title")
      .attr("x", (fr.width * i) / 2)
      .attr("y", -8)
      .attr("text-anchor", i === 0 ? "start" : i === 1 ? "middle" : "end")
      .text(locale.t(stage)),
  );
  legend(
    fr.plot,
    [
      { label: locale.t("o_served"), color: "#2ca02c" },
      { label: locale.t("lostLegend"), color: LOST },
    ],
    fr.width - 200,
    fr.height + 26,
    370,
  );
  if (f.links.length === 0) return fr.svg.node()!;
  const layout = sankey<FlowNode, { perDay: number }>()
    .nodeId((d) => d.id)
    .nodeWidth(14)
    .nodePadding(12)
    .nodeSort(null)
    .extent([
      [0, 0],
      [fr.width, fr.height],
    ]);
  const graph = layout({
    nodes: f.nodes.map((n) => ({ ...n })),
    links: f.links.map((l) => ({ source: l.source, target: l.target, value: l.perDay, perDay: l.perDay })),
  });
  const colourOf = (n: Node) => {
    if (n.stage === "outcome") return n.id === "outcome:served" || n.id === "outcome:unfinished" ? "#2ca02c" : LOST;
    const i = graph.nodes.filter((m) => m.stage === n.stage).indexOf(n);
    return schemeTableau10[i % 10]!;
  };
  const links = fr.plot.append("g").attr("class", "links").attr("fill", "none");
  for (const l of graph.links as Link[]) {
    const s = l.source as Node;
    const t = l.target as Node;
    links
      .append("path")
      .attr("class", "link")
      .attr("data-source", s.id)
      .attr("data-target", t.id)
      .attr("data-value", l.perDay)
      .attr("d", sankeyLinkHorizontal()(l))
      .attr("stroke", t.stage === "outcome" ? colourOf(t) : colourOf(s))
      .attr("stroke-opacity", 0.35)
      .attr("stroke-width", Math.max(1, l.width ?? 1))
      .append("title")
      .text(`${s.label} → ${t.label}: ${format.number(l.perDay, 1)} ${locale.t("contactsPerDay").toLowerCase()}`);
  }
  const nodes = fr.plot.append("g").attr("class", "nodes");
  for (const n of graph.nodes as Node[]) {
    const g = nodes.append("g").attr("class", "node-mark");
    g.append("rect")
      .attr("class", "node")
      .attr("data-id", n.id)
      .attr("data-value", n.value ?? 0)
      .attr("x", n.x0 ?? 0)
      .attr("y", n.y0 ?? 0)
      .attr("width", (n.x1 ?? 0) - (n.x0 ?? 0))
      .attr("height", Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0)))
      .attr("fill", colourOf(n))
      .append("title")
      .text(`${n.label}: ${format.number(n.value ?? 0, 1)} ${locale.t("contactsPerDay").toLowerCase()}`);
    const left = n.stage === "channel";
    g.append("text")
      .attr("class", "node-label")
      .attr("x", left ? (n.x0 ?? 0) - 6 : (n.x1 ?? 0) + 6)
      .attr("y", ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2 + 4)
      .attr("text-anchor", left ? "end" : "start")
      .text(`${n.label} ${format.number(n.value ?? 0, 1)}`);
  }
  return fr.svg.node()!;
}
