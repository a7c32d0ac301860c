import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { cdfChart, type DrawnCurve } from "../charts/index.js";
import type { SetUp } from "../data/results.js";
import { joinTables, waits, waitsTable } from "../figures/index.js";
import { chosenSetUps, colourOf, compared, figure, nothing, viewBox } from "./parts.js";

/** Waiting-time distributions per channel and per segment against the service-level thresholds, of each set-up chosen. */
export function waitsView(ctx: ViewContext): HTMLElement {
  const box = viewBox("waits", ctx, "waitsIntro");
  compared(ctx, box, chosenSetUps(ctx, box), (setUps) => drawWaits(ctx, setUps));
  return box;
}

function drawWaits(ctx: ViewContext, setUps: SetUp[]): HTMLElement[] {
  const all = setUps.map((s) => ({ setUp: s, f: waits(s) }));
  if (all.every(({ f }) => f.curves.length === 0)) return [nothing(ctx.locale.t("noData"))];
  const thresholds = [...new Set(all.flatMap(({ f }) => f.thresholds))].sort((a, b) => a - b);
  const colours = setUps.length > 1 ? new Map(setUps.map((s) => [s.name, colourOf(ctx, s)])) : null;
  const parts: HTMLElement[] = [];
  for (const group of ["channel", "segment"] as const) {
    const curves: DrawnCurve[] = all.flatMap(({ setUp, f }) =>
      f.curves.filter((c) => c.group === group).map((c) => (colours === null ? c : { ...c, setUp: setUp.name })),
    );
    if (curves.length > 0)
      parts.push(figure(cdfChart(curves, thresholds, ctx.locale.t(group), ctx.locale, ctx.format, colours)));
  }
  const names = setUps.map((s) => s.name).join(", ");
  const tables = all.map(({ setUp, f }) => waitsTable(f, setUp.name, ctx.locale));
  parts.push(tableView(joinTables(tables, `${ctx.locale.t("view_waits")} — ${names}`), ctx.locale, ctx.cell));
  return parts;
}
