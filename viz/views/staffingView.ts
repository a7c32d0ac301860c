import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { heatmap } from "../charts/index.js";
import { staffing, staffingTable } from "../figures/index.js";
import { chosenSetUp, figure, nothing, viewBox } from "./parts.js";

/** Pools by interval: staff on shift against staff busy, coloured by utilisation. */
export function staffingView(ctx: ViewContext): HTMLElement {
  const box = viewBox("staffing", ctx, "staffingIntro");
  const setUp = chosenSetUp(ctx, box);
  const f = staffing(setUp);
  if (f.cells.length === 0) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  box.append(figure(heatmap(f, ctx.locale, ctx.format)));
  box.append(tableView(staffingTable(f, setUp.name, ctx.locale), ctx.locale, ctx.cell));
  return box;
}
