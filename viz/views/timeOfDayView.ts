import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { bandChart, type BandSeries } from "../charts/index.js";
import { joinTables, timeOfDay, timeOfDayTable } from "../figures/index.js";
import type { SetUp } from "../data/results.js";
import { chosenSetUps, colourOf, compared, figure, nothing, viewBox } from "./parts.js";

/** Arrivals, queue and service level per interval of the day, with confidence bands, of each set-up chosen. */
export function timeOfDayView(ctx: ViewContext): HTMLElement {
  const box = viewBox("timeOfDay", ctx, "timeOfDayIntro");
  compared(ctx, box, chosenSetUps(ctx, box), (setUps) => drawTimeOfDay(ctx, setUps));
  return box;
}

function drawTimeOfDay(ctx: ViewContext, setUps: SetUp[]): HTMLElement[] {
  const all = setUps.map((s) => ({ setUp: s, f: timeOfDay(s, ctx.locale) }));
  const first = all[0]!.f;
  if (all.every(({ f }) => f.series.every((s) => s.points.length === 0))) return [nothing(ctx.locale.t("noData"))];
  const span: [number, number] = [
    Math.min(...all.map(({ f }) => f.span[0])),
    Math.max(...all.map(({ f }) => f.span[1])),
  ];
  const parts: HTMLElement[] = [];
  first.series.forEach((_, i) => {
    const drawn: BandSeries[] = all.flatMap(({ setUp, f }) => {
      const series = f.series[i];
      if (series === undefined || series.points.length === 0) return [];
      return [{ series, name: setUp.name, colour: colourOf(ctx, setUp), mark: "point" as const }];
    });
    if (drawn.length > 0) parts.push(figure(bandChart(drawn, first.intervalSeconds, span, ctx.locale, ctx.format)));
  });
  const names = setUps.map((s) => s.name).join(", ");
  const tables = all.map(({ setUp, f }) => timeOfDayTable(f, setUp.name, ctx.locale));
  parts.push(tableView(joinTables(tables, `${ctx.locale.t("view_timeOfDay")} — ${names}`), ctx.locale, ctx.cell));
  return parts;
}
