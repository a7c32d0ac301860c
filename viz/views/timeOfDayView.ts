import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { bandChart, type BandSeries } from "../charts/index.js";
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
  const base = setUp === ctx.results.setUps[0] ? null : timeOfDay(ctx.results.setUps[0]!, ctx.locale);
  f.series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const drawn: BandSeries[] = [{ series: s, name: setUp.name, colour: "#1f77b4", mark: "point" }];
    const reference = base?.series[i];
    if (reference !== undefined)
      drawn.unshift({
        series: reference,
        name: ctx.results.setUps[0]!.name,
        colour: "#7f7f7f",
        mark: "reference-point",
      });
    box.append(figure(bandChart(drawn, f.intervalSeconds, f.span, ctx.locale, ctx.format)));
  });
  box.append(tableView(timeOfDayTable(f, setUp.name, ctx.locale), ctx.locale, ctx.cell));
  return box;
}
