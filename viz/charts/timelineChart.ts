import { axisBottom, axisLeft, scaleBand, scaleLinear } from "d3";
import { stateKey, TIMELINE_STATES, type TimelineFigures } from "../figures/index.js";
import type { Format, Locale } from "../i18n/index.js";
import { bottomAxis, frame } from "./frame.js";
import { legend } from "./legend.js";
import { textWidth } from "./textWidth.js";
import { STATE_COLOURS } from "./stateColours.js";

const DAY = 86_400;

/** Each person's states through one day: one row per person, one bar per stretch in a state. */
export function timelineChart(f: TimelineFigures, locale: Locale, format: Format): SVGSVGElement {
  const rowHeight = 22;
  // Each row: the person and the pool, as the page's language names them (the scenario's labels).
  const labels = f.rows.map(
    (r) =>
      `${locale.names.label(r.person, locale.lang, "person")} (${locale.names.label(r.pool, locale.lang, "pool")})`,
  );
  const height = 110 + f.rows.length * rowHeight;
  const fr = frame("timeline-chart", `${locale.t("view_timeline")} — ${locale.t("day")} ${f.day + 1}`, height, {
    top: 12,
    right: 20,
    bottom: 96,
    left: Math.max(170, 16 + Math.max(0, ...labels.map((l) => textWidth(l)))),
  });
  const dayStart = f.day * DAY;
  const x = scaleLinear().domain([f.from, f.to]).range([0, fr.width]);
  const y = scaleBand<string>().domain(labels).range([0, fr.height]).padding(0.15);
  const hour = 3600;
  const ticks: number[] = [];
  for (let t = Math.ceil(f.from / hour) * hour; t <= f.to; t += hour) ticks.push(t);
  bottomAxis(
    fr,
    axisBottom(x)
      .tickValues(ticks)
      .tickFormat((v) => format.clock(Number(v) - dayStart)),
    locale.t("time"),
  );
  fr.plot.append("g").attr("class", "axis y").call(axisLeft(y));
  const bars = fr.plot.append("g").attr("class", "segments");
  f.rows.forEach((row, i) => {
    const top = y(labels[i]!) ?? 0;
    for (const s of row.segments) {
      const label = locale.t(stateKey(s.state));
      bars
        .append("rect")
        .attr("class", "segment")
        .attr("data-state", s.state)
        .attr("data-person", row.person)
        .attr("x", x(s.start))
        .attr("y", top)
        .attr("width", Math.max(0.5, x(s.end) - x(s.start)))
        .attr("height", y.bandwidth())
        .attr("fill", STATE_COLOURS[s.state])
        .append("title")
        .text(
          `${row.person}: ${label}, ${format.clock(s.start - dayStart)}–${format.clock(s.end - dayStart)} (${format.duration(s.end - s.start)})`,
        );
    }
  });
  legend(
    fr.plot,
    TIMELINE_STATES.map((s) => ({ label: locale.t(stateKey(s)), color: STATE_COLOURS[s] })),
    0,
    fr.height + 58,
    fr.width,
  );
  return fr.svg.node()!;
}
