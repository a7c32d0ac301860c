import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { heatmap } from "../charts/index.js";
import type { SetUp } from "../data/results.js";
import { joinTables, staffing, staffingTable } from "../figures/index.js";
import { overlaidStaffing } from "./overlaidStaffing.js";
import { chosenSetUps, compared, figure, nothing, viewBox } from "./parts.js";

/** Pools by interval: staff on shift against staff busy, coloured by utilisation, of each set-up chosen. */
export function staffingView(ctx: ViewContext): HTMLElement {
  const box = viewBox("staffing", ctx, "staffingIntro");
  compared(ctx, box, chosenSetUps(ctx, box), (setUps) => drawStaffing(ctx, setUps));
  return box;
}

function drawStaffing(ctx: ViewContext, setUps: SetUp[]): HTMLElement[] {
  const all = setUps.map((s) => ({ name: s.name, f: staffing(s) }));
  if (all.every(({ f }) => f.cells.length === 0)) return [nothing(ctx.locale.t("noData"))];
  const names = setUps.map((s) => s.name).join(", ");
  const tables = all.map(({ name, f }) => staffingTable(f, name, ctx.locale));
  return [
    figure(heatmap(overlaidStaffing(all), ctx.locale, ctx.format)),
    tableView(joinTables(tables, `${ctx.locale.t("view_staffing")} — ${names}`), ctx.locale, ctx.cell),
  ];
}
