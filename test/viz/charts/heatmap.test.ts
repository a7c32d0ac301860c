// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { heatmap } from "../../../viz/charts/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";

describe("the staffing heatmap", () => {
  it("draws a cell per pool and interval, coloured by utilisation, with staff on shift and needed written in and short cells edged", () => {
    const cells = [
      { pool: "operators", clock: "09:00", staffed: 2, busy: 1.8, queue: 0.5, utilisation: 0.9, needed: 4 },
      { pool: "operators", clock: "09:30", staffed: 2, busy: 0.2, queue: 0, utilisation: 0.1, needed: 1 },
      { pool: "consultants", clock: "09:00", staffed: 0, busy: 0, queue: 0, utilisation: null, needed: 0 },
      { pool: "consultants", clock: "09:30", staffed: 3, busy: 1.5, queue: 1, utilisation: 0.5, needed: 3 },
    ];
    const svg = heatmap(
      { target: { share: 0.8, within: 20 }, pools: ["operators", "consultants"], clocks: ["09:00", "09:30"], cells },
      makeLocale("en"),
      makeFormat("en", "RUB"),
    );
    const rects = [...svg.querySelectorAll("rect.cell")];
    expect(rects).toHaveLength(4);
    expect(svg.querySelectorAll("rect.cell.empty")).toHaveLength(1);
    expect(rects[0]!.getAttribute("fill")).not.toBe(rects[1]!.getAttribute("fill"));
    expect([...svg.querySelectorAll("text.cell-label")].map((t) => t.textContent)).toEqual(["2/4", "2/1", "3/3"]);
    expect([...svg.querySelectorAll("rect.cell.short")].map((r) => r.getAttribute("data-clock"))).toEqual(["09:00"]);
    expect(svg.textContent).toContain("on shift / needed for 80% within 20 s");
    expect(svg.querySelector("title")!.parentElement).toBeTruthy();
    expect(svg.textContent).toContain("Utilisation 90%");
  });
});
