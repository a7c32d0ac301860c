import { el } from "../app/dom.js";
import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { barChart, sankeyChart } from "../charts/index.js";
import type { SetUp } from "../data/results.js";
import { flow, flowTables, joinTables } from "../figures/index.js";
import { overlaidBars } from "./overlaidBars.js";
import { chosenSetUps, colourOf, compared, figure, nothing, viewBox } from "./parts.js";

/** Channel → department → outcome, and clients and revenue lost by cause, of each set-up chosen. */
export function flowView(ctx: ViewContext): HTMLElement {
  const box = viewBox("flow", ctx, "flowIntro");
  compared(ctx, box, chosenSetUps(ctx, box), (setUps) => drawFlow(ctx, setUps));
  return box;
}

function drawFlow(ctx: ViewContext, setUps: SetUp[]): HTMLElement[] {
  const all = setUps.map((s) => ({ setUp: s, f: flow(s, ctx.locale) }));
  const first = all[0]!.f;
  if (first.links.length === 0) return [nothing(ctx.locale.t("noData"))];
  const t = ctx.locale.t;
  const parts: HTMLElement[] = [];
  if (all.length > 1) parts.push(el("p", "note", t("overlayNote")));
  parts.push(figure(sankeyChart(first, ctx.locale, ctx.format)));
  const charts = [
    ["lostContacts", "lost-contacts", t("lostContacts"), "count"],
    ["lostClients", "lost-clients", t("lostClients"), "count"],
    ["lostRevenue", "lost-revenue", `${t("lostRevenue")}, ${ctx.format.currencySymbol}`, "money"],
  ] as const;
  for (const [losses, name, title, unit] of charts) {
    const lists = all.map(({ setUp, f }) => ({ name: setUp.name, colour: colourOf(ctx, setUp), items: f[losses] }));
    if (lists.every((l) => l.items.length === 0)) continue;
    const [bars, options] = overlaidBars(lists, { name, title, unit, color: "#d62728" });
    parts.push(figure(barChart(bars, options, ctx.format, ctx.locale)));
  }
  const names = setUps.map((s) => s.name).join(", ");
  const tables = all.map(({ setUp, f }) => flowTables(f, setUp.name, ctx.locale));
  tables[0]!.forEach((table, i) =>
    parts.push(
      tableView(
        joinTables(
          tables.map((ts) => ts[i]!),
          i === 0 ? `${t("view_flow")} — ${names}` : table.title,
        ),
        ctx.locale,
        ctx.cell,
      ),
    ),
  );
  return parts;
}
