import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { barChart, sankeyChart } from "../charts/index.js";
import { flow, flowTables } from "../figures/index.js";
import { chosenSetUp, figure, nothing, viewBox } from "./parts.js";

/** Channel → department → outcome, and clients and revenue lost by cause. */
export function flowView(ctx: ViewContext): HTMLElement {
  const box = viewBox("flow", ctx, "flowIntro");
  const setUp = chosenSetUp(ctx, box);
  const f = flow(setUp, ctx.locale);
  if (f.links.length === 0) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  box.append(figure(sankeyChart(f, ctx.locale, ctx.format)));
  const t = ctx.locale.t;
  for (const [losses, name, title] of [
    [f.lostContacts, "lost-contacts", t("lostContacts")],
    [f.lostClients, "lost-clients", t("lostClients")],
  ] as const) {
    if (losses.length > 0)
      box.append(figure(barChart(losses, { name, title, unit: "count", color: "#d62728" }, ctx.format, ctx.locale)));
  }
  if (f.lostRevenue.length > 0)
    box.append(
      figure(
        barChart(
          f.lostRevenue,
          {
            name: "lost-revenue",
            title: `${t("lostRevenue")}, ${ctx.format.currencySymbol}`,
            unit: "money",
            color: "#d62728",
          },
          ctx.format,
          ctx.locale,
        ),
      ),
    );
  for (const table of flowTables(f, setUp.name, ctx.locale)) box.append(tableView(table, ctx.locale, ctx.cell));
  return box;
}
