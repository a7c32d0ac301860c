// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { stackedBarChart } from "../../../viz/charts/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";

describe("the stacked bar chart", () => {
  it("draws each row's parts end to end, skips empty parts, and puts the total's interval over them", () => {
    const rows = [
      {
        label: "Anna",
        values: [300, 0, 100],
        total: { mean: 400, se: 20, ci95: [360, 440] as [number, number], n: 5 },
      },
      { label: "Boris", values: [50, 50, 0], total: { mean: 100, se: 10, ci95: [80, 120] as [number, number], n: 5 } },
    ];
    const parts = [
      { key: "late", label: "manager late" },
      { key: "consultant", label: "consultant did not start" },
      { key: "manager", label: "manager did not start" },
    ];
    const svg = stackedBarChart(
      rows,
      parts,
      { name: "fines", title: "Fines", unit: "money" },
      makeFormat("en", "RUB"),
      makeLocale("en"),
    );
    const rects = [...svg.querySelectorAll("rect.part")];
    expect(rects.map((r) => r.getAttribute("data-part"))).toEqual(["late", "manager", "late", "consultant"]);
    const x = (r: Element) => Number(r.getAttribute("x"));
    const w = (r: Element) => Number(r.getAttribute("width"));
    expect(x(rects[1]!)).toBeCloseTo(x(rects[0]!) + w(rects[0]!), 9);
    expect(w(rects[0]!)).toBeCloseTo(3 * w(rects[1]!), 9);
    expect(svg.querySelectorAll("line.ci")).toHaveLength(2);
    expect(svg.querySelectorAll(".legend-item")).toHaveLength(4);
  });
});
