import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { barChart } from "../charts/index.js";
import { control, controlTables } from "../figures/index.js";
import { chosenSetUp, figure, nothing, viewBox } from "./parts.js";

/** Fines by person and reason, plan attainment per department and the heads' scores. */
export function controlView(ctx: ViewContext): HTMLElement {
  const box = viewBox("control", ctx, "controlIntro");
  const setUp = chosenSetUp(ctx, box);
  const f = control(setUp, ctx.locale);
  const t = ctx.locale.t;
  const currency = ctx.results.currency;
  if (f.finesByPerson.length + f.finesByReason.length + f.plans.length + f.heads.length === 0) {
    box.append(nothing(t("noData")));
    return box;
  }
  if (f.finesByPerson.length > 0)
    box.append(
      figure(
        barChart(
          f.finesByPerson.map((e) => ({ label: `${e.label} (${e.group})`, summary: e.summary })),
          { name: "fines-by-person", title: `${t("finesByPerson")}, ${currency}`, unit: "money", color: "#9467bd" },
          ctx.format,
          ctx.locale,
        ),
      ),
    );
  if (f.finesByReason.length > 0)
    box.append(
      figure(
        barChart(
          f.finesByReason,
          { name: "fines-by-reason", title: `${t("finesByReason")}, ${currency}`, unit: "money", color: "#9467bd" },
          ctx.format,
          ctx.locale,
        ),
      ),
    );
  if (f.plans.length > 0)
    box.append(
      figure(
        barChart(
          f.plans,
          { name: "plan-attainment", title: t("planAttainment"), unit: "share", reference: 1 },
          ctx.format,
          ctx.locale,
        ),
      ),
    );
  if (f.heads.length > 0)
    box.append(
      figure(
        barChart(
          f.heads,
          { name: "head-scores", title: t("headScore"), unit: "share", reference: 1 },
          ctx.format,
          ctx.locale,
        ),
      ),
    );
  for (const table of controlTables(f, setUp.name, ctx.locale)) box.append(tableView(table, ctx.locale, ctx.cell));
  return box;
}
