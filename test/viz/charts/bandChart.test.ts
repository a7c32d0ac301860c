// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { bandChart } from "../../../viz/charts/index.js";
import { timeOfDay } from "../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";

describe("the time-of-day chart", () => {
  it("draws a point per interval at the mean, a line and a confidence band", () => {
    const s = fixture("run").results.setUps[0]!;
    const f = timeOfDay(s, makeLocale("en"));
    const series = f.series[0]!;
    const svg = bandChart(
      [{ series, name: s.name, colour: "#1f77b4", mark: "point" }],
      f.intervalSeconds,
      f.span,
      makeLocale("en"),
      makeFormat("en", "RUB"),
    );
    const points = [...svg.querySelectorAll("circle.point")];
    expect(points).toHaveLength(series.points.length);
    expect(points.map((p) => Number(p.getAttribute("data-value")))).toEqual(series.points.map((p) => p.mean));
    expect(svg.querySelectorAll("path.band")).toHaveLength(1);
    expect(svg.querySelectorAll("path.line")).toHaveLength(1);
    expect(points[0]!.querySelector("title")!.textContent).toMatch(/^default company, \d\d:\d\d: /);
  });

  it("draws the base behind a chosen set-up of an experiment, each with its own marks and legend", () => {
    const [base, variant] = fixture("experiment").results.setUps;
    const a = timeOfDay(base!, makeLocale("en"));
    const b = timeOfDay(variant!, makeLocale("en"));
    const svg = bandChart(
      [
        { series: a.series[1]!, name: base!.name, colour: "#7f7f7f", mark: "reference-point" },
        { series: b.series[1]!, name: variant!.name, colour: "#1f77b4", mark: "point" },
      ],
      b.intervalSeconds,
      b.span,
      makeLocale("en"),
      makeFormat("en", "RUB"),
    );
    expect(svg.querySelectorAll("circle.point")).toHaveLength(b.series[1]!.points.length);
    expect(svg.querySelectorAll("circle.reference-point")).toHaveLength(a.series[1]!.points.length);
    expect(svg.querySelectorAll("path.band")).toHaveLength(2);
    expect([...svg.querySelectorAll(".legend-item text")].map((t) => t.textContent)).toEqual([
      base!.name,
      variant!.name,
    ]);
  });
});
