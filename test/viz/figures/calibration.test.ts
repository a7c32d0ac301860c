import { describe, expect, it } from "vitest";
import { calibrationReport } from "../../../engine/results/index.js";
import { reportFits } from "../../../viz/figures/calibration.js";
import { makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";

const report = calibrationReport.parse(JSON.parse(fixture("calibration").text));

describe("reportFits(report, locale)", () => {
  it("gives a stream of calls too short to fit its place among the service times, with no fit (the viewer's note)", () => {
    const unfitted = {
      ...report,
      unfittedServiceTimes: [
        {
          channel: "call",
          segment: "aaa",
          source: "calls.csv",
          measured: "talk time of answered calls (s)",
          count: 2,
          needed: 5,
        },
      ],
    };
    const talk = reportFits(unfitted, makeLocale("en")).filter((f) => f.what === "talk");
    expect(talk.map((f) => [f.stream, f.fit === null])).toEqual([
      ["call / aaa", true],
      ["call / retail", false],
      ["call / wholesale", false],
    ]);
  });
});
