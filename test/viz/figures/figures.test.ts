import { describe, expect, it } from "vitest";
import {
  allTables,
  clientStory,
  control,
  flow,
  keyFigures,
  keyFiguresTable,
  staffing,
  storyClients,
  tableToCsv,
  timeline,
  timeOfDay,
  traceDays,
  waits,
} from "../../../viz/figures/index.js";
import { OUTCOMES } from "../../../engine/metrics/index.js";
import { outcomesOf } from "../../../viz/data/outcomes.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";
import { metricOf } from "../../../engine/results/index.js";

const en = makeLocale("en");

describe("the figures behind the views", () => {
  it("key figures of an experiment carry every set-up's mean and the paired difference from the base", () => {
    const r = fixture("experiment").results;
    const figures = keyFigures(r, en);
    const pAbandon = { scope: "inbound", measure: "pAbandon" } as const;
    const abandon = figures.find((f) => f.metric.scope === "inbound" && f.metric.measure === "pAbandon")!;
    expect(abandon.unit).toBe("share");
    expect(abandon.rows.map((x) => x.setUp)).toEqual(r.setUps.map((s) => s.name));
    expect(abandon.rows[0]!.difference).toBeNull();
    const second = r.setUps[1]!;
    expect(abandon.rows[1]!.summary!.mean).toBe(metricOf(second, { scope: "inbound", measure: "pAbandon" })!.mean);
    const difference = r.differences![second.name]!.get(pAbandon)!.difference!;
    expect(abandon.rows[1]!.difference!.mean).toBe(difference.mean);
    const table = keyFiguresTable(figures, en);
    const row = table.rows.find(
      (x) => x[1] === "inbound" && x[2] === null && x[3] === "pAbandon" && x[4] === second.name,
    )!;
    expect(row.slice(-2)).toEqual(difference.independentCi95);
  });

  it("time of day spans the open intervals and each point is the file's interval mean with its interval", () => {
    const s = fixture("run").results.setUps[0]!;
    const f = timeOfDay(s, en);
    const arrivals = f.series[0]!;
    expect(arrivals.points.length).toBeGreaterThan(10);
    expect(arrivals.points.length).toBeLessThan(48);
    for (const p of arrivals.points) {
      const m = metricOf(s, { scope: "interval", clock: p.clock, measure: "arrivalsPerDay" })!;
      expect([p.mean, p.low, p.high]).toEqual([m.mean, m.ci95[0], m.ci95[1]]);
    }
  });

  it("the staffing heatmap has a cell per pool and open interval, and utilisation is busy over on shift", () => {
    const s = fixture("run").results.setUps[0]!;
    const f = staffing(s);
    expect(f.cells).toHaveLength(f.pools.length * f.clocks.length);
    for (const c of f.cells) {
      if (c.staffed > 0) expect(c.utilisation).toBeCloseTo(c.busy / c.staffed, 12);
      expect(c.busy).toBeLessThanOrEqual(c.staffed + 1e-9);
    }
  });

  it("the staff timeline gives each person non-overlapping stretches inside the chosen day", () => {
    const r = fixture("run").results;
    const days = traceDays(r.trace!);
    expect(days[0]).toBe(r.setUps[0]!.observation.warmupDays);
    const f = timeline(r.trace!, r.setUps[0]!.definition, days[0]!);
    expect(f.rows).toHaveLength(r.trace!.agents.length);
    let stretches = 0;
    for (const row of f.rows) {
      for (let i = 0; i < row.segments.length; i++) {
        const s = row.segments[i]!;
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.start).toBeGreaterThanOrEqual(days[0]! * 86_400);
        expect(s.end).toBeLessThanOrEqual((days[0]! + 1) * 86_400);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(row.segments[i - 1]!.end);
        stretches++;
      }
    }
    expect(stretches).toBeGreaterThan(100);
    const states = new Set(f.rows.flatMap((row) => row.segments.map((s) => s.state)));
    for (const expected of ["servingCall", "servingVisit", "idle", "onBreak"]) expect(states).toContain(expected);
  });

  it("the client flow adds up to every contact per day, and losses are per observed day", () => {
    const s = fixture("run").results.setUps[0]!;
    const f = flow(s, en);
    const days = metricOf(s, { scope: "window", measure: "days" })!.mean;
    const fromChannels = f.links.filter((l) => l.source.startsWith("channel:")).reduce((a, l) => a + l.perDay, 0);
    expect(fromChannels).toBeCloseTo(metricOf(s, { scope: "overall", measure: "arrivals" })!.mean / days, 6);
    const intoOutcomes = f.links.filter((l) => l.target.startsWith("outcome:")).reduce((a, l) => a + l.perDay, 0);
    expect(intoOutcomes).toBeCloseTo(fromChannels, 9);
    const abandoned = f.lostContacts.find((l) => l.cause === "abandoned")!;
    expect(abandoned.summary.mean).toBeCloseTo(metricOf(s, { scope: "overall", measure: "abandoned" })!.mean / days, 9);
    // Lost clients are those who gave up for good: never more than the lost contacts of the same cause.
    const gaveUp = f.lostClients.find((l) => l.cause === "abandoned")!;
    expect(gaveUp.summary.mean).toBeCloseTo(
      metricOf(s, { scope: "overall", measure: "lostClients", breakdown: { kind: "cause", value: "abandoned" } })!
        .mean / days,
      9,
    );
    expect(gaveUp.summary.mean).toBeLessThanOrEqual(abandoned.summary.mean);
  });

  it("waiting-time curves rise with the wait and pass through the service levels at the thresholds", () => {
    const s = fixture("run").results.setUps[0]!;
    const f = waits(s);
    const call = f.curves.find((c) => c.group === "channel" && c.name === "call")!;
    for (let i = 1; i < call.points.length; i++)
      expect(call.points[i]!.seconds).toBeGreaterThanOrEqual(call.points[i - 1]!.seconds);
    const at20 = call.points.find((p) => p.from === "sl" && p.seconds === 20)!;
    expect(at20.share).toBe(
      metricOf(s, {
        scope: "channel",
        subject: "call",
        measure: "slServed",
        breakdown: { kind: "threshold", value: 20 },
      })!.mean,
    );
  });

  it("fines by person add up to the fines of the day, each person's reasons to their fines, and plans are shares of the plan", () => {
    const s = fixture("run").results.setUps[0]!;
    const f = control(s, en);
    const byPerson = f.finesByPerson.reduce((a, e) => a + e.summary.mean, 0);
    expect(byPerson).toBeCloseTo(metricOf(s, { scope: "fines", measure: "finesPerDay" })!.mean, 6);
    for (const person of f.finesByPerson)
      expect(person.byReason.reduce((a, r) => a + r.perDay, 0)).toBeCloseTo(person.summary.mean, 9);
    expect(f.reasons.map((r) => r.reason)).toEqual(["lateManager", "notStartedConsultant", "notStartedManager"]);
    const byReason = f.finesByReason.reduce((a, e) => a + e.summary.mean, 0);
    expect(byReason).toBeCloseTo(metricOf(s, { scope: "fines", measure: "finesPerDay" })!.mean, 6);
    expect(f.plans.length).toBeGreaterThanOrEqual(3);
  });

  it("a lost client's story ends with the outcome that lost them, after their waits", () => {
    const results = fixture("run").results;
    const trace = results.trace!;
    const outcomes = outcomesOf(results.setUps[0]!);
    expect(outcomes).toEqual([...OUTCOMES]);
    const clients = storyClients(trace, outcomes);
    const lost = clients.find((c) => c.lost)!;
    expect(clients[0]!.lost).toBe(true);
    const story = clientStory(trace, lost.client, outcomes);
    expect(story.lost?.outcome).toBe(lost.lastOutcome);
    const last = story.contacts[story.contacts.length - 1]!;
    expect(last.outcome).toBe(lost.lastOutcome);
    if (story.lost!.outcome === "abandoned") expect(story.lost!.waitedSeconds).toBeGreaterThan(0);
    expect(story.events.every((e) => !e.what.startsWith("state:"))).toBe(true);
    for (let i = 1; i < story.events.length; i++)
      expect(story.events[i]!.time).toBeGreaterThanOrEqual(story.events[i - 1]!.time);
  });
});

describe("the tables", () => {
  it("quote commas, quotes and line breaks in CSV", () => {
    const csv = tableToCsv({
      name: "t",
      title: "t",
      columns: ["name", "value"],
      rows: [
        ['Ivanov, "Ivan"\njr', 1.5],
        ["x", null],
      ],
    });
    expect(csv).toBe('name,value\n"Ivanov, ""Ivan""\njr",1.5\nx,\n');
  });

  it("of an experiment put every set-up in one table per view, told apart by a set-up column", () => {
    const r = fixture("experiment").results;
    const tables = allTables(r, en, makeFormat("en", r.currency));
    const tod = tables.find((t) => t.name === "time-of-day")!;
    expect(new Set(tod.rows.map((row) => row[0]))).toEqual(new Set(r.setUps.map((s) => s.name)));
    expect(new Set(tables.map((t) => t.name)).size).toBe(tables.length);
  });

  it("in Russian name their columns in Russian", () => {
    const r = fixture("run").results;
    const tables = allTables(r, makeLocale("ru"), makeFormat("ru", r.currency));
    expect(tables[0]!.columns).toContain("Показатель");
    expect(tables.map((t) => t.name)).toContain("traced-clients");
  });
});
