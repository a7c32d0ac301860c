import type { Locale } from "../i18n/index.js";
import type { StaffingPlan } from "../data/results.js";
import type { Table } from "./table.js";

/** One pool in one interval of the day in a staffing plan. */
export interface PlanCell {
  pool: string;
  clock: string;
  /** Staff the optimiser settled on. */
  staff: number;
  /** The Erlang C staffing it started from. */
  erlangStart: number;
  arrivalsPerDay: number;
  /** Target metrics re-checked on fresh seeds (null: not measurable there). */
  checked: Record<string, number | null>;
  meetsTargets: boolean;
}

export interface PlanFigures {
  pools: string[];
  clocks: string[];
  cells: PlanCell[];
}

/** The plan's cells, for the intervals where any pool has staff or arrivals. */
export function staffingPlan(plan: StaffingPlan): PlanFigures {
  const active = new Set<string>();
  for (const p of plan.pools)
    for (const i of p.intervals) if (i.staff > 0 || i.arrivalsPerDay > 0 || i.erlangStart > 0) active.add(i.interval);
  const clocks = [...active].sort();
  const cells: PlanCell[] = [];
  for (const p of plan.pools)
    for (const i of p.intervals)
      if (active.has(i.interval))
        cells.push({
          pool: p.pool,
          clock: i.interval,
          staff: i.staff,
          erlangStart: i.erlangStart,
          arrivalsPerDay: i.arrivalsPerDay,
          checked: i.checked,
          meetsTargets: i.meetsTargets,
        });
  return { pools: plan.pools.map((p) => p.pool), clocks, cells };
}

export function staffingPlanTables(plan: StaffingPlan, f: PlanFigures, locale: Locale): Table[] {
  const t = locale.t;
  const metrics = [...new Set(f.cells.flatMap((c) => Object.keys(c.checked)))];
  return [
    {
      name: "staffing-plan-pools",
      title: t("planPools"),
      columns: [t("pool"), t("staffHoursPerDay"), t("wagesPerDay"), t("handleSeconds")],
      rows: plan.pools.map((p) => [p.pool, p.staffHoursPerDay, p.wagesPerDay, p.handleSeconds]),
    },
    {
      name: "staffing-plan",
      title: t("view_plan"),
      columns: [
        t("pool"),
        t("interval"),
        t("staff"),
        t("erlangStart"),
        t("arrivalsPerDay"),
        ...metrics,
        t("meetsTargets"),
      ],
      rows: f.cells.map((c) => [
        c.pool,
        c.clock,
        c.staff,
        c.erlangStart,
        c.arrivalsPerDay,
        ...metrics.map((m) => c.checked[m] ?? null),
        c.meetsTargets ? 1 : 0,
      ]),
    },
    ...currentAgainstRecommended(plan, locale),
  ];
}

/**
 * A shift plan's weekdays side by side: per pool, weekday and interval, the people on duty now
 * and in the recommended roster, the difference and the Erlang C start (none for a plan without
 * shifts). Pools are named by their labels in the page's language.
 */
function currentAgainstRecommended(plan: StaffingPlan, locale: Locale): Table[] {
  const t = locale.t;
  const rows = plan.pools.flatMap((p) =>
    (p.days ?? []).flatMap((d) =>
      d.intervals.map((i) => [
        locale.names.label(p.pool, locale.lang, "pool"),
        d.weekday,
        i.interval,
        i.current,
        i.recommended,
        i.recommended - i.current,
        i.erlang,
        i.meetsTargets ? 1 : 0,
      ]),
    ),
  );
  if (rows.length === 0) return [];
  return [
    {
      name: "staffing-plan-current",
      title: t("planCurrent"),
      columns: [
        t("pool"),
        t("weekday"),
        t("interval"),
        t("current"),
        t("recommended"),
        t("difference"),
        t("erlangStart"),
        t("meetsTargets"),
      ],
      rows,
    },
  ];
}
