import { createSampler, type DistributionInput } from "../random/index.js";
import { clockToSeconds, WEEKDAYS } from "../time/index.js";
import { streamName } from "./streamName.js";
import { checkCompanyReferences, isVisibleRule } from "./companyReferences.js";
import { ScenarioNames } from "./model/names.js";
import { showFound, type ScenarioIssue } from "./scenarioError.js";
import type { Scenario } from "./schema/index.js";

/**
 * The second validation pass, over a scenario whose shape is valid: names are unique, every
 * reference names something that exists, every arrival stream is routed, and numbers that
 * depend on each other agree. Returns every problem found (empty when none).
 */
export function checkReferences(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const problem = (path: string, message: string, found?: unknown) =>
    issues.push(found === undefined ? { path, message } : { path, message, found: showFound(found) });
  const names = new ScenarioNames(s, (issue) => issues.push(issue));

  const unique = (names: string[], path: string, what: string) => {
    const seen = new Set<string>();
    names.forEach((n, i) => {
      if (seen.has(n)) problem(`${path}[${i}].name`, `a ${what} name not used before`, n);
      seen.add(n);
    });
    return seen;
  };
  unique(
    s.segments.map((x) => x.name),
    "segments",
    "segment",
  );
  unique(
    s.departments.map((x) => x.name),
    "departments",
    "department",
  );
  unique(
    s.channels.map((x) => x.name),
    "channels",
    "channel",
  );
  unique(
    s.pools.map((x) => x.name),
    "pools",
    "pool",
  );

  const sampler = (d: DistributionInput | undefined, path: string) => {
    if (d === undefined) return;
    try {
      createSampler(d);
    } catch (e) {
      problem(path, (e as Error).message);
    }
  };

  // Calendar and run length.
  const cal = s.calendar;
  if (s.stop === undefined && cal.days === undefined)
    problem("calendar.days", "a number of days (or a `stop` that counts arrivals)");
  if (cal.days !== undefined && cal.warmupDays >= cal.days) {
    problem("calendar.warmupDays", `fewer warm-up days than calendar.days (${cal.days})`, cal.warmupDays);
  }
  if (s.stop !== undefined && cal.openingHours !== "always") {
    problem("calendar.openingHours", '"always" when `stop` counts arrivals', cal.openingHours);
  }
  if (cal.openingHours !== "always") {
    const hours = cal.openingHours;
    let open = 0;
    for (const day of WEEKDAYS) {
      const h = hours[day];
      if (h === undefined || h === null) continue;
      open++;
      if (clockToSeconds(h.close) <= clockToSeconds(h.open)) {
        problem(`calendar.openingHours.${day}.close`, `a closing time after the opening time ${h.open}`, h.close);
      }
    }
    if (open === 0) problem("calendar.openingHours", "at least one open weekday", hours);
  }

  // Arrival streams.
  const streamNames = new Set<string>();
  s.arrivals.forEach((a, i) => {
    const path = `arrivals[${i}]`;
    names.resolve("channel", a.channel, `${path}.channel`);
    names.resolve("segment", a.segment, `${path}.segment`);
    const name = streamName(a);
    if (streamNames.has(name))
      problem(
        `${path}.name`,
        "a stream name not used before (give each stream of the same channel and segment its own name)",
        name,
      );
    streamNames.add(name);
    sampler(a.serviceTime, `${path}.serviceTime`);
    sampler(a.patience, `${path}.patience`);
    // Streams of rate 0 only give work content (returns, visits, outbound conversations).
    const arrives =
      a.afterHoursRatePerHour > 0 ||
      [a.ratePerHour, ...Object.values(a.ratePerHourByWeekday)].some((r) =>
        typeof r === "number" ? r > 0 : Object.values(r).some((x) => x > 0),
      );
    if (arrives) routedOrProblem(path, a.channel, a.segment, a.status);
  });
  // Contacts clients plan (returns, visits after calls) are routed like arrivals.
  s.segments.forEach((g, i) => {
    if (g.afterCall !== undefined && names.has("channel", g.afterCall.channel)) {
      routedOrProblem(`segments[${i}].afterCall.channel`, g.afterCall.channel, g.name, "registered");
    }
    for (const [channel, share] of Object.entries(g.clientele?.channels ?? {})) {
      if (share > 0 && names.has("channel", channel)) {
        routedOrProblem(`segments[${i}].clientele.channels.${channel}`, channel, g.name, "registered");
      }
    }
  });

  function routedOrProblem(path: string, channel: string, segment: string, status: string): void {
    const identifiedOnArrival = s.channels.find((c) => c.name === channel)?.identified !== "when-answered";
    const routed = s.routing.some((r) => {
      const m = r.match;
      if ((m.channel ?? channel) !== channel) return false;
      if (!identifiedOnArrival) return isVisibleRule(m);
      return (m.segment ?? segment) === segment && (m.status ?? status) === status;
    });
    if (!routed) {
      problem(
        path,
        identifiedOnArrival
          ? `a routing rule that can match channel "${channel}" and segment "${segment}"`
          : `a routing rule on channel "${channel}" alone (its callers are identified only when answered)`,
      );
    }
  }

  // Pools and staff.
  s.pools.forEach((p, i) => {
    const path = `pools[${i}]`;
    sampler(p.wrapUp, `${path}.wrapUp`);
    if (!Array.isArray(p.staff)) return;
    unique(
      p.staff.map((x) => x.name),
      `${path}.staff`,
      "staff",
    );
    p.staff.forEach((m, j) => {
      if (m.shift === undefined) return;
      const sp = `${path}.staff[${j}].shift`;
      const start = clockToSeconds(m.shift.start);
      const end = clockToSeconds(m.shift.end);
      if (end <= start) problem(`${sp}.end`, `a time after the shift start ${m.shift.start}`, m.shift.end);
      m.shift.breaks.forEach((b, k) => {
        const t = clockToSeconds(b.start);
        if (t < start || t >= end)
          problem(`${sp}.breaks[${k}].start`, `a time within the shift ${m.shift!.start}-${m.shift!.end}`, b.start);
      });
    });
  });

  // Routing.
  s.routing.forEach((r, i) => {
    const path = `routing[${i}]`;
    names.resolve("pool", r.pool, `${path}.pool`);
    if (r.match.channel !== undefined) names.resolve("channel", r.match.channel, `${path}.match.channel`);
    if (r.match.segment !== undefined) names.resolve("segment", r.match.segment, `${path}.match.segment`);
  });

  issues.push(...checkCompanyReferences(s, sampler));

  s.serviceLevel.thresholds.forEach((t, i) => {
    if (typeof t === "number" && !Number.isInteger(t))
      problem(`serviceLevel.thresholds[${i}]`, "a whole number of seconds", t);
  });
  return issues;
}
