import { NO_LABELS, type LabelLanguage, type NameLabels } from "../../results/index.js";
import type { ShiftStaffingResult } from "../../staffing/index.js";
import { methodText, money, STAFFING_WORDS } from "./staffingWords.js";
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

/**
 * The shift plan as text, in `lang`: per pool (by its label in that language), each weekday's
 * shifts beside the current roster, and the week.
 */
export function shiftPlanText(
  r: ShiftStaffingResult,
  lang: LabelLanguage = "en",
  names: NameLabels = NO_LABELS,
): string {
  const w = STAFFING_WORDS[lang];
  const n = (x: number, digits: number) => fmt(x, digits, lang);
  const signed = (x: number, digits: number) => `${x > 0 ? "+" : ""}${n(x, digits)}`;
  const cash = (x: number) => money(x, lang, r.scenario.currency);
  const signedCash = (x: number) => `${x > 0 ? "+" : ""}${cash(x)}`;
  const parts = [`${w.shiftTitle(r.mode, r.evaluations)} ${methodText(r.method, lang)}`];
  for (const p of r.pools) {
    const rows = p.days.map((d) => [
      w.weekday(d.weekday),
      d.shifts.map((s) => w.shift(s.people, s.shift)).join(", ") || "-",
      String(d.people),
      n(d.paidHours, 1),
      cash(d.wages),
      String(d.current.people),
      n(d.current.paidHours, 1),
      cash(d.current.wages),
      signed(d.paidHours - d.current.paidHours, 1),
      signedCash(d.wages - d.current.wages),
    ]);
    const wk = p.week;
    rows.push([
      w.week,
      w.people(wk.people),
      "",
      n(wk.paidHours, 1),
      cash(wk.wages),
      w.people(wk.current.people),
      n(wk.current.paidHours, 1),
      cash(wk.current.wages),
      signed(wk.paidHours - wk.current.paidHours, 1),
      signedCash(wk.wages - wk.current.wages),
    ]);
    parts.push(
      `\n${w.shiftPool(names.label(p.pool, lang, "pool"), n(p.handleSeconds, 0), cash(p.hourlyCost))}`,
      formatTable(w.shiftHeader, rows),
      w.overtime(
        n(wk.overtimeHours, 1),
        cash(wk.overtimeCost),
        n(wk.current.overtimeHours, 1),
        cash(wk.current.overtimeCost),
      ),
    );
  }
  const c = r.check;
  parts.push(
    `\n${w.shiftRecheck(c.seed, c.replications, c.intervalsMeetingTargets, c.intervals, c.current.intervalsMeetingTargets, c.current.intervals)}` +
      (c.profitPerDay === null ? "" : w.shiftProfit(cash(c.profitPerDay), cash(c.current.profitPerDay ?? NaN))),
  );
  return parts.join("\n");
}
