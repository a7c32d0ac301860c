import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { barChart, stackedBarChart, type BarOptions } from "../charts/index.js";
import { control, controlTables, type Estimate } from "../figures/index.js";
import { chosenSetUp, figure, nothing, viewBox } from "./parts.js";

/** Fines by person and reason, plan attainment per department and the heads' scores. */
export function controlView(ctx: ViewContext): HTMLElement {
  const box = viewBox("control", ctx, "controlIntro");
  const setUp = chosenSetUp(ctx, box);
  const f = control(setUp, ctx.locale);
  const t = ctx.locale.t;
  const currency = ctx.format.currencySymbol;
  if (f.finesByPerson.length + f.finesByReason.length + f.plans.length + f.heads.length === 0) {
    box.append(nothing(t("noData")));
    return box;
  }
  const fines = { unit: "money" as const, color: "#9467bd" };
  if (f.finesByPerson.length > 0)
    box.append(
      figure(
        stackedBarChart(
          f.finesByPerson.map((e) => ({
            label: `${e.label} (${e.group})`,
            values: e.byReason.map((r) => r.perDay),
            total: e.summary,
          })),
          f.reasons.map((r) => ({ key: r.reason, label: r.label })),
          { name: "fines-by-person", title: `${t("finesByPerson")}, ${currency}`, unit: "money" },
          ctx.format,
          ctx.locale,
        ),
      ),
    );
  const charts: [Pick<Estimate, "label" | "summary">[], BarOptions][] = [
    [f.finesByReason, { name: "fines-by-reason", title: `${t("finesByReason")}, ${currency}`, ...fines }],
    [f.plans, { name: "plan-attainment", title: t("planAttainment"), unit: "share", reference: 1 }],
    [f.heads, { name: "head-scores", title: t("headScore"), unit: "share", reference: 1 }],
  ];
  for (const [items, options] of charts)
    if (items.length > 0) box.append(figure(barChart(items, options, ctx.format, ctx.locale)));
  for (const table of controlTables(f, setUp.name, ctx.locale)) box.append(tableView(table, ctx.locale, ctx.cell));
  return box;
}
