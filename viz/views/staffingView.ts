import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { barChart, heatmap } from "../charts/index.js";
import type { SetUp } from "../data/results.js";
import { joinTables, overtime, overtimeTable, staffing, staffingTable } from "../figures/index.js";
import { el } from "../app/dom.js";
import { overlaidBars } from "./overlaidBars.js";
import { overlaidStaffing } from "./overlaidStaffing.js";
import { chosenSetUps, colourOf, compared, figure, nothing, viewBox } from "./parts.js";

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
    ...drawOvertime(ctx, setUps),
  ];
}

/** Overtime hours and pay per observed day, per pool and for all pools, with 95% intervals. */
function drawOvertime(ctx: ViewContext, setUps: SetUp[]): HTMLElement[] {
  const t = ctx.locale.t;
  const all = setUps.map((s) => ({ setUp: s, f: overtime(s, ctx.locale) }));
  if (all.every(({ f }) => f.hoursPerDay.length === 0)) return [];
  const parts: HTMLElement[] = [el("h3", "", t("overtimeTitle")), el("p", "note", t("overtimeNote"))];
  const charts = [
    { name: "overtime-hours", title: t("overtimeHoursPerDay"), unit: "hours" as const, pick: "hoursPerDay" as const },
    {
      name: "overtime-cost",
      title: `${t("overtimeCostPerDay")}, ${ctx.format.currencySymbol}`,
      unit: "money" as const,
      pick: "costPerDay" as const,
    },
  ];
  for (const c of charts) {
    const lists = all.map(({ setUp, f }) => ({ name: setUp.name, colour: colourOf(ctx, setUp), items: f[c.pick] }));
    const [bars, o] = overlaidBars(lists, { name: c.name, title: c.title, unit: c.unit, color: "#8c564b" });
    parts.push(figure(barChart(bars, o, ctx.format, ctx.locale)));
  }
  const tables = all.map(({ setUp, f }) => overtimeTable(f, setUp.name, ctx.locale));
  const names = setUps.map((s) => s.name).join(", ");
  parts.push(tableView(joinTables(tables, `${t("overtimeTitle")} — ${names}`), ctx.locale, ctx.cell));
  return parts;
}
