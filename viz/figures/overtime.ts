import { rowsWhere } from "../../engine/results/index.js";
import type { SetUp } from "../data/results.js";
import type { Locale } from "../i18n/index.js";
import type { Estimate } from "./control.js";
import type { Table } from "./table.js";

/** Overtime of one set-up per observed day: hours and pay per pool, then all pools together. */
export interface OvertimeFigures {
  /** Hours worked after a shift (or closing) ended, per observed day, with 95% intervals. */
  hoursPerDay: Estimate[];
  /** Those hours' pay (hourly cost x the overtime factor) per observed day, in the scenario's currency. */
  costPerDay: Estimate[];
}

/**
 * The overtime rows of a set-up (scope `pool` by pool, scope `money` for all pools) per
 * observed day; pools without any overtime in every replication are left out. Empty for a file
 * written before overtime was measured.
 */
export function overtime(setUp: SetUp, locale: Locale): OvertimeFigures {
  const of = (measure: "overtimeHoursPerDay" | "overtimeCostPerDay"): Estimate[] => {
    const pools = rowsWhere(setUp.metrics, { scope: "pool", measure }).flatMap((row) =>
      row.summary === null || row.summary.ci95[1] <= 0
        ? []
        : [
            {
              label: locale.names.label(row.subject ?? "", locale.lang, "pool"),
              group: row.subject ?? "",
              summary: row.summary,
            },
          ],
    );
    const total = setUp.rows.get({ scope: "money", measure })?.summary ?? null;
    if (total === null) return pools;
    return [...pools, { label: locale.t("overtimeAllPools"), group: "", summary: total }];
  };
  return { hoursPerDay: of("overtimeHoursPerDay"), costPerDay: of("overtimeCostPerDay") };
}

/** The overtime of a set-up as a table: pool, hours and pay per day with their 95% intervals. */
export function overtimeTable(f: OvertimeFigures, setUp: string, locale: Locale): Table {
  const t = locale.t;
  return {
    name: "overtime",
    title: t("overtimeTitle"),
    columns: [
      t("setUp"),
      t("pool"),
      t("overtimeHoursPerDay"),
      t("ciLow"),
      t("ciHigh"),
      t("overtimeCostPerDay"),
      t("ciLow"),
      t("ciHigh"),
    ],
    rows: f.hoursPerDay.map((h) => {
      const c = f.costPerDay.find((x) => x.group === h.group && x.label === h.label)?.summary;
      return [
        setUp,
        h.label,
        h.summary.mean,
        h.summary.ci95[0],
        h.summary.ci95[1],
        c?.mean ?? null,
        c?.ci95[0] ?? null,
        c?.ci95[1] ?? null,
      ];
    }),
  };
}
