import type { Locale } from "../i18n/index.js";
import { rowsWhere } from "../../engine/results/index.js";
import { meanOf } from "../data/metricKinds.js";
import type { SetUp } from "../data/results.js";
import type { Table } from "./table.js";

/** One pool in one interval of the day: staff on shift, staff busy, clients waiting (means). */
export interface StaffingCell {
  pool: string;
  clock: string;
  staffed: number;
  busy: number;
  queue: number;
  /** busy / staffed, or null with nobody on shift. */
  utilisation: number | null;
  /** Erlang C staff for the scenario's service target on the work carried (null: no target). */
  needed: number | null;
}

export interface StaffingFigures {
  /** The service target behind `needed`, e.g. { share: 0.8, within: 20 }, or null. */
  target: { share: number; within: number | string } | null;
  pools: string[];
  clocks: string[];
  cells: StaffingCell[];
  /** Set-ups drawn together, a row per pool and set-up (absent: one set-up, a row per pool). */
  setUps?: string[];
}

/**
 * The staffing heatmap's cells of one set-up: intervals where anyone is on shift, with the staff
 * needed for the scenario's service target where it has one.
 */
export function staffing(setUp: SetUp): StaffingFigures {
  const pools = setUp.definition.pools.map((p) => p.name);
  const mean = (pool: string, clock: string, measure: "staffed" | "busy" | "queue" | "needed") =>
    meanOf(setUp, { scope: "staffing", pool, clock, measure });
  const clocks = [
    ...new Set(rowsWhere(setUp.metrics, { scope: "staffing", measure: "staffed" }).map((row) => row.clock ?? "")),
  ]
    .sort()
    .filter((clock) => pools.some((p) => (mean(p, clock, "staffed") ?? 0) > 0));
  const cells = pools.flatMap((pool) =>
    clocks.map((clock) => {
      const staffed = mean(pool, clock, "staffed") ?? 0;
      const busy = mean(pool, clock, "busy") ?? 0;
      return {
        pool,
        clock,
        staffed,
        busy,
        queue: mean(pool, clock, "queue") ?? 0,
        utilisation: staffed > 0 ? busy / staffed : null,
        needed: mean(pool, clock, "needed") ?? null,
      };
    }),
  );
  const target = setUp.definition.serviceLevel?.target;
  return { target: target === undefined ? null : { share: target.share, within: target.within }, pools, clocks, cells };
}

export function staffingTable(f: StaffingFigures, setUp: string, locale: Locale): Table {
  const t = locale.t;
  return {
    name: "staffing",
    title: `${t("view_staffing")} — ${setUp}`,
    columns: [t("setUp"), t("pool"), t("interval"), t("staffed"), t("needed"), t("busy"), t("utilisation"), t("queue")],
    rows: f.cells.map((c) => [setUp, c.pool, c.clock, c.staffed, c.needed, c.busy, c.utilisation, c.queue]),
  };
}
