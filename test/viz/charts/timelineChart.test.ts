// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { STATE_COLOURS, timelineChart } from "../../../viz/charts/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";

describe("the staff timeline chart", () => {
  it("draws a bar per stretch in a state, coloured by the state, with the times in the tooltip", () => {
    const day = 2 * 86_400;
    const f = {
      day: 2,
      from: day + 9 * 3600,
      to: day + 10 * 3600,
      rows: [
        {
          person: "Anna",
          pool: "operators",
          segments: [
            { state: "idle" as const, start: day + 9 * 3600, end: day + 9 * 3600 + 600, contact: -1 },
            { state: "servingCall" as const, start: day + 9 * 3600 + 600, end: day + 10 * 3600, contact: 7 },
          ],
        },
        { person: "Boris", pool: "consultants", segments: [] },
      ],
    };
    const svg = timelineChart(f, makeLocale("ru"), makeFormat("ru", "RUB"));
    const bars = [...svg.querySelectorAll("rect.segment")];
    expect(bars).toHaveLength(2);
    expect(bars[1]!.getAttribute("fill")).toBe(STATE_COLOURS.servingCall);
    expect(bars[1]!.querySelector("title")!.textContent).toBe("Anna: разговор по телефону, 09:10–10:00 (50 мин)");
    expect(Number(bars[0]!.getAttribute("width"))).toBeLessThan(Number(bars[1]!.getAttribute("width")));
    expect(svg.querySelectorAll(".legend-item")).toHaveLength(9);
  });
});
