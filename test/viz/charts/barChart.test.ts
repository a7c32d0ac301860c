// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { barChart } from "../../../viz/charts/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";

describe("the bar chart", () => {
  it("draws a bar and a whisker per estimate and the reference line, with money in the tooltip", () => {
    const items = [
      { label: "abandoned", summary: { mean: 1200, se: 50, ci95: [1100, 1300] as [number, number], n: 5 } },
      { label: "balked", summary: { mean: 300, se: 20, ci95: [260, 340] as [number, number], n: 5 } },
    ];
    const svg = barChart(
      items,
      { name: "lost", title: "Lost", unit: "money", reference: 1000 },
      makeFormat("en", "RUB"),
      makeLocale("en"),
    );
    const bars = [...svg.querySelectorAll("rect.bar")];
    expect(bars.map((b) => Number(b.getAttribute("data-value")))).toEqual([1200, 300]);
    expect(Number(bars[0]!.getAttribute("width"))).toBeGreaterThan(3.9 * Number(bars[1]!.getAttribute("width")));
    expect(svg.querySelectorAll("line.ci")).toHaveLength(2);
    expect(svg.querySelectorAll("line.reference")).toHaveLength(1);
    expect(svg.querySelector(".bar-mark title")!.textContent!.replace(/\u00a0/g, " ")).toBe(
      "abandoned: ₽1,200 [₽1,100, ₽1,300]",
    );
  });
});
