import { el } from "../app/dom.js";
import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { comparisonChart } from "../charts/index.js";
import { keyFigures, keyFiguresTable } from "../figures/index.js";
import { figure, nothing, viewBox } from "./parts.js";
import { rankingTable } from "./rankingTable.js";
import { verdictParagraph } from "./verdictParagraph.js";

/**
 * Key figures of every set-up with intervals, and paired differences from the base; above them,
 * for an experiment with a ranking, the verdict and the ranking table.
 */
export function comparisonView(ctx: ViewContext): HTMLElement {
  const box = viewBox("comparison", ctx, "comparisonIntro");
  for (const part of [verdictParagraph(ctx), rankingTable(ctx)]) if (part !== null) box.append(part);
  const figures = keyFigures(ctx.results, ctx.locale);
  if (figures.length === 0) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  const narrowing = ctx.results.narrowing;
  if (narrowing !== null) {
    const parts = Object.entries(narrowing)
      .filter((e): e is [string, number] => e[1] !== null)
      .map(([name, n]) => `${ctx.format.number(n, 1)}× (${name})`);
    if (parts.length > 0) box.append(el("p", "narrowing", ctx.locale.t("narrowing", { list: parts.join(", ") })));
  }
  if (ctx.results.kind === "experiment") box.append(el("p", "note judgement-note", ctx.locale.t("judgementNote")));
  box.append(figure(comparisonChart(figures, ctx.locale, ctx.format)));
  box.append(tableView(keyFiguresTable(figures, ctx.locale), ctx.locale, ctx.cell));
  return box;
}
