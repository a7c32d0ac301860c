// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { comparisonChart } from "../../../viz/charts/index.js";
import type { KeyFigure } from "../../../viz/figures/index.js";
import { keyFigures } from "../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";
import { selectorColumns } from "../../../engine/results/index.js";

const en = makeLocale("en");
const f = makeFormat("en", "RUB");
const summary = (mean: number) => ({ mean, se: 0.01, ci95: [mean - 0.02, mean + 0.02] as [number, number], n: 5 });

describe("the comparison chart", () => {
  it("draws one estimate per set-up and metric, and a difference per variant, filled where significant", () => {
    const figures: KeyFigure[] = [
      {
        metric: selectorColumns({ scope: "inbound", measure: "pAbandon" }),
        label: "Abandoned",
        unit: "share",
        rows: [
          { setUp: "base", summary: summary(0.08), difference: null },
          {
            setUp: "more staff",
            summary: summary(0.05),
            difference: { mean: -0.03, se: 0.005, ci95: [-0.04, -0.02], n: 5, significant: true },
          },
          {
            setUp: "other",
            summary: summary(0.079),
            difference: { mean: -0.001, se: 0.005, ci95: [-0.011, 0.009], n: 5, significant: false },
          },
        ],
      },
    ];
    const svg = comparisonChart(figures, en, f);
    expect(svg.querySelectorAll("circle.estimate")).toHaveLength(3);
    expect([...svg.querySelectorAll("circle.estimate")].map((c) => Number(c.getAttribute("data-value")))).toEqual([
      0.08, 0.05, 0.079,
    ]);
    expect(svg.querySelectorAll("circle.difference")).toHaveLength(2);
    expect(svg.querySelectorAll("circle.difference.significant")).toHaveLength(1);
    expect(svg.querySelector("circle.difference.significant")!.getAttribute("fill")).not.toBe("white");
    expect(svg.querySelectorAll("line.zero")).toHaveLength(1);
    expect(svg.textContent).toContain("Abandoned: 8% [6%, 10%]");
  });

  it("draws a run's key figures without a difference column", () => {
    const figures = keyFigures(fixture("run").results, en);
    const svg = comparisonChart(figures, en, f);
    expect(svg.querySelectorAll("circle.estimate")).toHaveLength(figures.length);
    expect(svg.querySelectorAll("circle.difference")).toHaveLength(0);
    expect(svg.querySelectorAll("g.metric-panel")).toHaveLength(figures.length);
  });

  it("shows names from a file as text, never as markup", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const svg = comparisonChart(
      [
        {
          metric: selectorColumns({ scope: "overall", measure: "arrivals" }),
          label: hostile,
          unit: "count",
          rows: [{ setUp: hostile, summary: summary(1), difference: null }],
        },
      ],
      en,
      f,
    );
    expect(svg.querySelector("img")).toBeNull();
    expect(svg.textContent).toContain(hostile);
  });
});
