// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { sankeyChart } from "../../../viz/charts/index.js";
import { flow } from "../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";

describe("the client-flow chart", () => {
  it("draws a node per channel, department and outcome and a link per step, sized by contacts per day", () => {
    const s = fixture("run").results.setUps[0]!;
    const f = flow(s, makeLocale("en"));
    const svg = sankeyChart(f, makeLocale("en"), makeFormat("en", "RUB"));
    expect(svg.querySelectorAll("rect.node")).toHaveLength(f.nodes.length);
    const links = [...svg.querySelectorAll("path.link")];
    expect(links).toHaveLength(f.links.length);
    const served = svg.querySelector('rect.node[data-id="outcome:served"]')!;
    const intoServed = f.links.filter((l) => l.target === "outcome:served").reduce((a, l) => a + l.perDay, 0);
    expect(Number(served.getAttribute("data-value"))).toBeCloseTo(intoServed, 9);
  });
});
