import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { cdfChart } from "../charts/index.js";
import { waits, waitsTable } from "../figures/index.js";
import { chosenSetUp, figure, nothing, viewBox } from "./parts.js";

/** Waiting-time distributions per channel and per segment against the service-level thresholds. */
export function waitsView(ctx: ViewContext): HTMLElement {
  const box = viewBox("waits", ctx, "waitsIntro");
  const setUp = chosenSetUp(ctx, box);
  const f = waits(setUp);
  if (f.curves.length === 0) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  for (const group of ["channel", "segment"] as const) {
    const curves = f.curves.filter((c) => c.group === group);
    if (curves.length > 0)
      box.append(figure(cdfChart(curves, f.thresholds, ctx.locale.t(group), ctx.locale, ctx.format)));
  }
  box.append(tableView(waitsTable(f, setUp.name, ctx.locale), ctx.locale, ctx.cell));
  return box;
}
