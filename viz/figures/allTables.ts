import type { Locale } from "../i18n/index.js";
import type { Format } from "../i18n/index.js";
import { outcomesOf } from "../data/outcomes.js";
import type { Results } from "../data/results.js";
import { calibrationTables } from "./calibrationTables.js";
import { control, controlTables } from "./control.js";
import { flow, flowTables } from "./flow.js";
import { keyFigures, keyFiguresTable } from "./keyFigures.js";
import { metricsTable } from "./metricsTable.js";
import { overtime, overtimeTable } from "./overtime.js";
import { staffing, staffingTable } from "./staffing.js";
import { staffingPlan, staffingPlanTables } from "./staffingPlan.js";
import { clientStory, storyClients } from "./story.js";
import type { Table } from "./table.js";
import { timeline, timelineTable, traceDays } from "./timeline.js";
import { timeOfDay, timeOfDayTable } from "./timeOfDay.js";
import { waits, waitsTable } from "./waits.js";

/**
 * Every table of every view, for `clientflow export`: every row of the results with one column
 * per column of the results table, the per-set-up tables of all set-ups
 * in one table each (a set-up column tells them apart), the staff timeline of every traced day,
 * and the traced clients with the reason each lost one was lost.
 */
export function allTables(results: Results, locale: Locale, format: Format): Table[] {
  if (results.plan !== null) return staffingPlanTables(results.plan, staffingPlan(results.plan), locale);
  if (results.calibration !== null) return calibrationTables(results.calibration, locale);
  const perSetUp = (make: (i: number) => Table[]): Table[] => {
    const parts = results.setUps.map((_, i) => make(i));
    return parts[0]!.map((first, k) => ({ ...first, rows: parts.flatMap((p) => p[k]!.rows) }));
  };
  const tables: Table[] = [keyFiguresTable(keyFigures(results, locale), locale), metricsTable(results, locale)];
  tables.push(
    ...perSetUp((i) => {
      const s = results.setUps[i]!;
      return [
        timeOfDayTable(timeOfDay(s, locale), s.name, locale),
        staffingTable(staffing(s), s.name, locale),
        overtimeTable(overtime(s, locale), s.name, locale),
        ...flowTables(flow(s, locale), s.name, locale),
        waitsTable(waits(s), s.name, locale),
        ...controlTables(control(s, locale), s.name, locale),
      ];
    }),
  );
  const trace = results.trace;
  if (trace !== null) {
    const definition = results.setUps[0]!.definition;
    const outcomes = outcomesOf(results.setUps[0]!);
    const days = traceDays(trace).map((d) => timelineTable(timeline(trace, definition, d), locale, format.clock));
    if (days.length > 0)
      tables.push({ ...days[0]!, title: locale.t("view_timeline"), rows: days.flatMap((d) => d.rows) });
    const t = locale.t;
    tables.push({
      name: "traced-clients",
      title: t("view_story"),
      columns: [t("client"), t("contact"), t("outcome"), t("whyLost"), t("waitSeconds"), t("pool")],
      rows: storyClients(trace, outcomes).map((c) => {
        const lost = c.lost ? clientStory(trace, c.client, outcomes).lost : null;
        return [
          c.client,
          c.contacts,
          c.lastOutcome,
          lost?.outcome ?? null,
          lost?.waitedSeconds ?? null,
          lost?.pool ?? null,
        ];
      }),
    });
  }
  return tables;
}
