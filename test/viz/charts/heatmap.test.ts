// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { hsl } from "d3";
import { NameLabels } from "../../../engine/results/index.js";
import { heatmap } from "../../../viz/charts/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";

describe("the staffing heatmap", () => {
  it("draws the gap of each cell, staffed minus needed: blue short, neutral met (0/0 too), grey over, the signed gap written in", () => {
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
    expect(rects.map((r) => r.getAttribute("data-gap"))).toEqual(["short", "over", "met", "met"]);
    const fill = (i: number) => hsl(rects[i]!.getAttribute("fill")!);
    // Short is blue, over is grey (no hue), met and the empty 0/0 cell share one neutral fill.
    expect(fill(0).h).toBeGreaterThan(180);
    expect(fill(0).h).toBeLessThan(250);
    expect(fill(1).s || 0).toBe(0);
    expect(rects[2]!.getAttribute("fill")).toBe(rects[3]!.getAttribute("fill"));
    expect(fill(2).l).toBeGreaterThan(0.95);
    expect([...svg.querySelectorAll("text.cell-label")].map((t) => t.textContent)).toEqual(["−2", "+1", "0"]);
    expect(svg.textContent).toContain("on shift minus needed for 80% within 20 s");
    expect(svg.textContent).toContain("Utilisation 90%");
  });

  it("names the pools by the page language's labels and makes room for them", () => {
    const svg = heatmap(
      {
        target: null,
        pools: ["operators"],
        clocks: ["09:00"],
        cells: [{ pool: "operators", clock: "09:00", staffed: 2, busy: 1, queue: 0, utilisation: 0.5, needed: null }],
      },
      makeLocale("ru", NameLabels.of({ pools: [{ name: "operators", labels: { ru: "Операторы-консультанты" } }] })),
      makeFormat("ru", "RUB"),
    );
    expect(svg.querySelector(".axis.y")!.textContent).toBe("Операторы-консультанты");
    expect(svg.querySelector("rect.cell")!.getAttribute("data-pool")).toBe("operators");
    expect([...svg.querySelectorAll("text.cell-label")].map((t) => t.textContent)).toEqual(["2"]);
  });
});
