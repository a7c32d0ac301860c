// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { cdfChart } from "../../../viz/charts/index.js";
import { waits } from "../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";

describe("the waiting-time chart", () => {
  it("draws a curve per group with its points, and a dashed line per service-level threshold", () => {
    const f = waits(fixture("run").results.setUps[0]!);
    const channels = f.curves.filter((c) => c.group === "channel");
    const svg = cdfChart(channels, f.thresholds, "Channel", makeLocale("en"), makeFormat("en", "RUB"));
    expect(svg.querySelectorAll("path.curve")).toHaveLength(channels.length);
    expect(svg.querySelectorAll("circle.point")).toHaveLength(channels.reduce((a, c) => a + c.points.length, 0));
    expect([...svg.querySelectorAll("line.threshold")].map((l) => Number(l.getAttribute("data-seconds")))).toEqual(
      f.thresholds,
    );
    expect(svg.querySelectorAll("circle.point.sl")).toHaveLength(
      channels.reduce((a, c) => a + c.points.filter((p) => p.from === "sl").length, 0),
    );
  });
});
