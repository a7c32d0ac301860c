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
    const svg = bandChart(series, f.intervalSeconds, f.span, makeLocale("en"), makeFormat("en", "RUB"));
    const points = [...svg.querySelectorAll("circle.point")];
    expect(points).toHaveLength(series.points.length);
    expect(points.map((p) => Number(p.getAttribute("data-value")))).toEqual(series.points.map((p) => p.mean));
    expect(svg.querySelectorAll("path.band")).toHaveLength(1);
    expect(svg.querySelectorAll("path.line")).toHaveLength(1);
    expect(points[0]!.querySelector("title")!.textContent).toMatch(/^\d\d:\d\d: /);
  });
});
