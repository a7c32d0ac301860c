import { el } from "../app/dom.js";
import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { planChart } from "../charts/index.js";
import { staffingPlan, staffingPlanTables } from "../figures/index.js";
import { figure, nothing, viewBox } from "./parts.js";

/** A staffing plan from `clientflow staff`: staff per pool and interval, its check and method. */
export function planView(ctx: ViewContext): HTMLElement {
  const box = viewBox("plan", ctx, "planIntro");
  const plan = ctx.results.plan;
  if (plan === null) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  const t = ctx.locale.t;
  const c = plan.check;
  box.append(
    el(
      "p",
      "check",
      t("planCheck", {
        met: c.intervalsMeetingTargets,
        intervals: c.intervals,
        replications: c.replications,
        profit: ctx.format.money(c.profitPerDay),
      }),
    ),
  );
  const f = staffingPlan(plan);
  box.append(figure(planChart(f, ctx.locale, ctx.format)));
  box.append(el("p", "note", plan.method));
  for (const table of staffingPlanTables(plan, f, ctx.locale)) box.append(tableView(table, ctx.locale, ctx.cell));
  return box;
}
