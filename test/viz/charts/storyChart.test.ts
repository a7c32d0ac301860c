// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { storyChart } from "../../../viz/charts/index.js";
import { clientStory, storyClients, storyTable } from "../../../viz/figures/index.js";
import { outcomesOf } from "../../../viz/data/outcomes.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { NameLabels } from "../../../engine/results/index.js";
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

  it("names each contact's channel, the client's status, the people and the pools in the chosen language", () => {
    const results = fixture("run").results;
    const trace = results.trace!;
    const outcomes = outcomesOf(results.setUps[0]!);
    const names = NameLabels.of(results.setUps[0]!.definition);
    const locale = makeLocale("ru", names);
    const client = storyClients(trace, outcomes).find((c) => c.contacts > 1)!;
    const story = clientStory(trace, client.client, outcomes);
    const svg = storyChart(story, locale, makeFormat("ru", "RUB"));
    const rows = [...svg.querySelectorAll("g.contact-row")].map((g) => g.querySelector("text")!.textContent!);
    story.contacts.forEach((c, i) => {
      const channel = names.label(c.channel, "ru", "channel");
      expect(channel, `channel ${c.channel} has a Russian label`).not.toBe(c.channel);
      expect(rows[i]).toContain(channel);
      expect(rows[i]).not.toMatch(/\((new|lead|registered)\)/);
    });
    const table = storyTable(story, locale, String);
    const person = table.rows.find((r) => r[5] !== "")!;
    expect(person[5], "a person by their Russian label").toMatch(/[а-яё]/i);
    expect(person[6], "a pool by its Russian label").toMatch(/[а-яё]/i);
  });
});
