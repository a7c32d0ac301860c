import type { ShiftStaffingResult } from "../../staffing/index.js";
import { fmt, formatTable } from "./table.js";

/** The shift plan as CSV: one row per pool and weekday, recommended beside current. */
export function shiftPlanCsv(r: ShiftStaffingResult): string {
  const header = [
    "pool",
    "weekday",
    "shifts",
    "people",
    "paid_hours",
    "wages",
    "current_people",
    "current_paid_hours",
    "current_wages",
    "difference_people",
    "difference_paid_hours",
    "difference_wages",
  ];
  const rows = r.pools.flatMap((p) =>
    p.days.map((d) => [
      p.pool,
      d.weekday,
      d.shifts.map((s) => `${s.people}x ${s.shift}`).join("; "),
      String(d.people),
      d.paidHours.toFixed(2),
      d.wages.toFixed(2),
      String(d.current.people),
      d.current.paidHours.toFixed(2),
      d.current.wages.toFixed(2),
      String(d.people - d.current.people),
      (d.paidHours - d.current.paidHours).toFixed(2),
      (d.wages - d.current.wages).toFixed(2),
    ]),
  );
  const quote = (c: string) => (/[",\n;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${[header, ...rows].map((row) => row.map(quote).join(",")).join("\n")}\n`;
}

/** The shift plan as text: per pool, each weekday's shifts beside the current roster, and the week. */
export function shiftPlanText(r: ShiftStaffingResult): string {
  const parts = [`Staffing by whole shifts (${r.mode} mode): ${r.evaluations} candidates simulated. ${r.method}`];
  for (const p of r.pools) {
    const rows = p.days.map((d) => [
      d.weekday,
      d.shifts.map((s) => `${s.people}x ${s.shift}`).join(", ") || "-",
      String(d.people),
      fmt(d.paidHours, 1),
      fmt(d.wages, 0),
      String(d.current.people),
      fmt(d.current.paidHours, 1),
      fmt(d.current.wages, 0),
      signed(d.paidHours - d.current.paidHours, 1),
      signed(d.wages - d.current.wages, 0),
    ]);
    const w = p.week;
    rows.push([
      "week",
      `${w.people} people`,
      "",
      fmt(w.paidHours, 1),
      fmt(w.wages, 0),
      `${w.current.people} people`,
      fmt(w.current.paidHours, 1),
      fmt(w.current.wages, 0),
      signed(w.paidHours - w.current.paidHours, 1),
      signed(w.wages - w.current.wages, 0),
    ]);
    parts.push(
      `\nPool "${p.pool}" (handling time ${fmt(p.handleSeconds, 0)} s, ${fmt(p.hourlyCost, 0)} an hour)`,
      formatTable(
        [
          "Day",
          "Shifts (people x hours)",
          "People",
          "Paid hours",
          "Wages",
          "Now: people",
          "Now: hours",
          "Now: wages",
          "Δ hours",
          "Δ wages",
        ],
        rows,
      ),
      `Overtime per week (measured on the final seeds): ${fmt(w.overtimeHours, 1)} h costing ${fmt(w.overtimeCost, 0)}; ` +
        `now ${fmt(w.current.overtimeHours, 1)} h costing ${fmt(w.current.overtimeCost, 0)}`,
    );
  }
  const c = r.check;
  parts.push(
    `\nRe-check on fresh seeds ("${c.seed}", ${c.replications} replications): ${c.intervalsMeetingTargets} of ${c.intervals} staffed intervals (pool, weekday, half hour) meet the targets; now ${c.current.intervalsMeetingTargets} of ${c.current.intervals}` +
      (c.profitPerDay === null
        ? ""
        : `; profit ${fmt(c.profitPerDay, 0)} per day, now ${fmt(c.current.profitPerDay ?? NaN, 0)}`),
  );
  return parts.join("\n");
}

function signed(x: number, digits: number): string {
  return `${x > 0 ? "+" : ""}${fmt(x, digits)}`;
}
