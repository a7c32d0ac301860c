// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { planChart } from "../../../viz/charts/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";

describe("the staffing plan chart", () => {
  it("writes staff found over the Erlang C start in each cell and edges the intervals that missed a target", () => {
    const cell = (clock: string, staff: number, erlangStart: number, meetsTargets: boolean) => ({
      pool: "consultants",
      clock,
      staff,
      erlangStart,
      arrivalsPerDay: 10,
      checked: { meanWait: 100 },
      meetsTargets,
    });
    const svg = planChart(
      {
        pools: ["consultants"],
        clocks: ["09:00", "09:30"],
        cells: [cell("09:00", 3, 2, true), cell("09:30", 2, 2, false)],
      },
      makeLocale("en"),
      makeFormat("en", "RUB"),
    );
    expect(svg.querySelectorAll("rect.plan-cell")).toHaveLength(2);
    expect([...svg.querySelectorAll("rect.plan-cell.missed")].map((r) => r.getAttribute("data-clock"))).toEqual([
      "09:30",
    ]);
    expect([...svg.querySelectorAll("text.cell-label")].map((t) => t.textContent)).toEqual(["3/2", "2/2"]);
    expect(svg.querySelector(".plan-mark title")!.textContent).toContain("Erlang C start 2");
  });
});
