import { axisBottom, max, scaleBand, scaleLinear } from "d3";
import { contactLabel, eventLabel, type ClientStory } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { bottomAxis, frame } from "./frame.js";
import { legend } from "./legend.js";
import { rowLabel } from "./rowMarks.js";
import { durationTicks } from "./ticks.js";

const KIND_COLOURS = { waiting: "#ff7f0e", walking: "#bcbd22", serving: "#1f77b4" } as const;
const LOST = "#d62728";

/**
 * One client's contacts, one row each, on a common scale of time since the contact began (so a
 * 40-second wait shows even when contacts are weeks apart): waits, walks and service as bars,
 * the outcome at the end; the row label says when the contact began.
 */
export function storyChart(story: ClientStory, locale: Locale, format: Format): SVGSVGElement {
  const rowHeight = 26;
  const height = 100 + Math.max(1, story.contacts.length) * rowHeight;
  const f = frame("story-chart", `${locale.t("view_story")} — ${story.client}`, height, {
    top: 12,
    right: 160,
    bottom: 80,
    left: 300,
  });
  const longest = Math.max(60, max(story.contacts, (c) => c.end - c.arrive) ?? 60);
  const ticks = durationTicks(longest);
  const x = scaleLinear()
    .domain([0, Math.max(longest, ticks[ticks.length - 1]!)])
    .range([0, f.width]);
  const labels = story.contacts.map((c) => `#${c.id}`);
  const y = scaleBand<string>().domain(labels).range([0, f.height]).padding(0.25);
  bottomAxis(
    f,
    axisBottom(x)
      .tickValues(ticks)
      .tickFormat((v) => format.duration(Number(v))),
    locale.t("sinceContactStart"),
  );
  story.contacts.forEach((c, i) => {
    const top = y(labels[i]!) ?? 0;
    const g = f.plot.append("g").attr("class", "contact-row").attr("data-contact", c.id);
    rowLabel(g, -8, top + y.bandwidth() / 2, `${format.runTime(c.arrive)} · ${contactLabel(locale, c)}`);
    for (const s of c.segments)
      g.append("rect")
        .attr("class", `segment ${s.kind}`)
        .attr("data-seconds", s.end - s.start)
        .attr("x", x(s.start - c.arrive))
        .attr("y", top)
        .attr("width", Math.max(1, x(s.end - c.arrive) - x(s.start - c.arrive)))
        .attr("height", y.bandwidth())
        .attr("fill", KIND_COLOURS[s.kind])
        .append("title")
        .text(
          `#${c.id} ${locale.t(s.kind === "serving" ? "serving" : s.kind === "walking" ? "s_walking" : "waiting")}: ${format.duration(s.end - s.start)}`,
        );
    if (c.outcome !== null) {
      const lost = c.outcome !== "served" && c.outcome !== "unfinished";
      g.append("text")
        .attr("class", lost ? "outcome lost" : "outcome")
        .attr("x", x(c.end - c.arrive) + 6)
        .attr("y", top + y.bandwidth() / 2 + 4)
        .attr("fill", lost ? LOST : "#222")
        .text(`${eventLabel(locale, c.outcome)} (${format.duration(c.end - c.arrive)})`);
    }
  });
  legend(
    f.plot,
    [
      { label: locale.t("waiting"), color: KIND_COLOURS.waiting },
      { label: locale.t("s_walking"), color: KIND_COLOURS.walking },
      { label: locale.t("serving"), color: KIND_COLOURS.serving },
    ],
    0,
    f.height + 56,
    f.width,
  );
  return f.svg.node()!;
}
