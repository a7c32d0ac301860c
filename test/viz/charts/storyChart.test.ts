// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { storyChart } from "../../../viz/charts/index.js";
import { clientStory, storyClients } from "../../../viz/figures/index.js";
import { outcomesOf } from "../../../viz/data/outcomes.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";

describe("the client story chart", () => {
  it("draws a row per contact with its waits and service, and marks the lost outcome in red", () => {
    const results = fixture("run").results;
    const trace = results.trace!;
    const outcomes = outcomesOf(results.setUps[0]!);
    const lost = storyClients(trace, outcomes).find((c) => c.lost)!;
    const story = clientStory(trace, lost.client, outcomes);
    const svg = storyChart(story, makeLocale("en"), makeFormat("en", "RUB"));
    expect(svg.querySelectorAll("g.contact-row")).toHaveLength(story.contacts.length);
    expect(svg.querySelectorAll("rect.segment")).toHaveLength(
      story.contacts.reduce((a, c) => a + c.segments.length, 0),
    );
    expect(svg.querySelectorAll("text.outcome.lost").length).toBeGreaterThanOrEqual(1);
  });
});
