import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { bandChart } from "../charts/index.js";
import { timeOfDay, timeOfDayTable } from "../figures/index.js";
import { chosenSetUp, figure, nothing, viewBox } from "./parts.js";

/** Arrivals, queue and service level per interval of the day, with confidence bands. */
export function timeOfDayView(ctx: ViewContext): HTMLElement {
  const box = viewBox("timeOfDay", ctx, "timeOfDayIntro");
  const setUp = chosenSetUp(ctx, box);
  const f = timeOfDay(setUp, ctx.locale);
  if (f.series.every((s) => s.points.length === 0)) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  for (const s of f.series)
    if (s.points.length > 0) box.append(figure(bandChart(s, f.intervalSeconds, f.span, ctx.locale, ctx.format)));
  box.append(tableView(timeOfDayTable(f, setUp.name, ctx.locale), ctx.locale, ctx.cell));
  return box;
}
