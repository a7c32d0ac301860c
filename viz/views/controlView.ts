import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { barChart, stackedBarChart, type BarOptions } from "../charts/index.js";
import type { SetUp } from "../data/results.js";
import { control, controlTables, joinTables, type ControlFigures } from "../figures/index.js";
import { overlaidBars } from "./overlaidBars.js";
import { chosenSetUps, colourOf, compared, figure, nothing, viewBox } from "./parts.js";

/** Fines by person and reason, plan attainment per department and the heads' scores, of each set-up chosen. */
export function controlView(ctx: ViewContext): HTMLElement {
  const box = viewBox("control", ctx, "controlIntro");
  compared(ctx, box, chosenSetUps(ctx, box), (setUps) => drawControl(ctx, setUps));
  return box;
}

function drawControl(ctx: ViewContext, setUps: SetUp[]): HTMLElement[] {
  const all = setUps.map((s) => ({ setUp: s, f: control(s, ctx.locale) }));
  const t = ctx.locale.t;
  const currency = ctx.format.currencySymbol;
  const empty = (f: ControlFigures) =>
    f.finesByPerson.length + f.finesByReason.length + f.plans.length + f.heads.length === 0;
  if (all.every(({ f }) => empty(f))) return [nothing(t("noData"))];
  const parts: HTMLElement[] = [];
  for (const { setUp, f } of all)
    if (f.finesByPerson.length > 0)
      parts.push(
        figure(
          stackedBarChart(
            f.finesByPerson.map((e) => ({
              label: `${e.label} (${e.group})`,
              values: e.byReason.map((r) => r.perDay),
              total: e.summary,
            })),
            f.reasons.map((r) => ({ key: r.reason, label: r.label })),
            {
              name: "fines-by-person",
              title: `${t("finesByPerson")}, ${currency}${all.length > 1 ? ` — ${setUp.name}` : ""}`,
              unit: "money",
            },
            ctx.format,
            ctx.locale,
          ),
        ),
      );
  const fines = { unit: "money" as const, color: "#9467bd" };
  const charts: [(f: ControlFigures) => ControlFigures["plans"], BarOptions][] = [
    [(f) => f.finesByReason, { name: "fines-by-reason", title: `${t("finesByReason")}, ${currency}`, ...fines }],
    [(f) => f.plans, { name: "plan-attainment", title: t("planAttainment"), unit: "share", reference: 1 }],
    [(f) => f.heads, { name: "head-scores", title: t("headScore"), unit: "share", reference: 1 }],
  ];
  for (const [pick, options] of charts) {
    const lists = all.map(({ setUp, f }) => ({ name: setUp.name, colour: colourOf(ctx, setUp), items: pick(f) }));
    if (lists.every((l) => l.items.length === 0)) continue;
    const [bars, o] = overlaidBars(lists, options);
    parts.push(figure(barChart(bars, o, ctx.format, ctx.locale)));
  }
  const tables = all.map(({ setUp, f }) => controlTables(f, setUp.name, ctx.locale));
  tables[0]!.forEach((table, i) =>
    parts.push(
      tableView(
        joinTables(
          tables.map((ts) => ts[i]!),
          table.title,
        ),
        ctx.locale,
        ctx.cell,
      ),
    ),
  );
  return parts;
}
