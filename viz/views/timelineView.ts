import { el, select } from "../app/dom.js";
import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { timelineChart } from "../charts/index.js";
import { timeline, timelineTable, traceDays } from "../figures/index.js";
import { figure, nothing, viewBox } from "./parts.js";

/** Each person's states through one chosen day of the traced replication. */
export function timelineView(ctx: ViewContext): HTMLElement {
  const trace = ctx.results.trace;
  const box = viewBox("timeline", ctx, "timelineIntro", { replication: trace?.replication ?? "–" });
  if (trace === null) {
    box.append(nothing(ctx.locale.t("noTrace")));
    return box;
  }
  const days = traceDays(trace);
  if (days.length === 0) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  const day = days.includes(ctx.choices.day) ? ctx.choices.day : days[0]!;
  box.append(
    select(
      ctx.locale.t("day"),
      days.map((d): [string, string] => [String(d), String(d + 1)]),
      String(day),
      (v) => ctx.choose({ day: Number(v) }),
      "day",
    ),
  );
  if (trace.truncated) {
    const last = trace.events[trace.events.length - 1]?.[0] ?? 0;
    box.append(
      el(
        "p",
        "note",
        ctx.locale.t("traceTruncated", {
          events: ctx.format.number(trace.events.length, 0),
          time: ctx.format.runTime(last),
        }),
      ),
    );
  }
  const f = timeline(trace, ctx.results.setUps[0]!.definition, day);
  box.append(figure(timelineChart(f, ctx.locale, ctx.format)));
  box.append(tableView(timelineTable(f, ctx.locale, ctx.format.clock), ctx.locale, ctx.cell));
  return box;
}
