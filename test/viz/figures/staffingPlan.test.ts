import { describe, expect, it } from "vitest";
import { allTables, staffingPlan, staffingPlanTables } from "../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";

describe("a staffing plan", () => {
  it("has a cell per pool and active interval with the staff found and the Erlang C start of the file", () => {
    const plan = fixture("staffing").results.plan!;
    const f = staffingPlan(plan);
    expect(f.cells).toHaveLength(f.pools.length * f.clocks.length);
    for (const c of f.cells) {
      const source = plan.pools.find((p) => p.pool === c.pool)!.intervals.find((i) => i.interval === c.clock)!;
      expect([c.staff, c.erlangStart, c.meetsTargets]).toEqual([source.staff, source.erlangStart, source.meetsTargets]);
    }
    const quiet = plan.pools[0]!.intervals.filter(
      (i) => i.staff === 0 && i.arrivalsPerDay === 0 && i.erlangStart === 0,
    );
    for (const q of quiet) expect(f.clocks).not.toContain(q.interval);
  });

  it("exports its pools and intervals as the only tables", () => {
    const r = fixture("staffing").results;
    const tables = allTables(r, makeLocale("en"), makeFormat("en", r.currency));
    expect(tables.map((t) => t.name)).toEqual(["staffing-plan-pools", "staffing-plan"]);
    expect(tables[1]!.columns).toContain("meanWait");
  });

  it("of shifts lists each weekday's people on duty now beside the recommended roster, and the difference", () => {
    const r = fixture("staffing").results;
    const pool = r.plan!.pools[0]!;
    const days = [
      {
        weekday: "mon",
        intervals: [
          { interval: "09:00", erlang: 3, current: 2, recommended: 3, meetsTargets: true },
          { interval: "09:30", erlang: 4, current: 4, recommended: 3, meetsTargets: false },
        ],
      },
    ];
    const plan = { ...r.plan!, pools: [{ ...pool, days }] };
    const tables = staffingPlanTables(plan, staffingPlan(plan), makeLocale("ru"));
    const current = tables.find((t) => t.name === "staffing-plan-current")!;
    expect(current.columns.slice(3, 6)).toEqual(["Сейчас", "Рекомендовано", "Разница"]);
    expect(current.rows.map((row) => row.slice(1))).toEqual([
      ["mon", "09:00", 2, 3, 1, 3, 1],
      ["mon", "09:30", 4, 3, -1, 4, 0],
    ]);
  });
});
