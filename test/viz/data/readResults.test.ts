import { describe, expect, it } from "vitest";
import { readResults } from "../../../viz/data/readResults.js";
import { fixture } from "../../helpers/fixtures.js";
import { metricOf, rowOf, type Selector } from "../../../engine/results/index.js";

/** The row of a raw file (as JSON) that a selector names, to damage it. */
const rowIn = (file: any, s: Selector): any => rowOf(file.metrics, s)!;
/** Where a row of a raw file is. */
const indexIn = (file: any, s: Selector): number => file.metrics.indexOf(rowIn(file, s));

/** What readResults says of a fixture after a change: "accepted", or the problem's detail. */
function problemOf(change: (file: any) => void, kind: "run" | "experiment" = "run"): string {
  const file = JSON.parse(fixture(kind).text);
  change(file);
  const read = readResults(JSON.stringify(file));
  return read.ok ? "accepted" : read.error.detail;
}

describe("reading a results file", () => {
  it("reads a run file written by the engine, with its trace", () => {
    const r = fixture("run").results;
    expect(r.kind).toBe("run");
    expect(r.setUps).toHaveLength(1);
    expect(r.currency).toBe("RUB");
    expect(r.trace?.events.length).toBeGreaterThan(1000);
    expect(metricOf(r.setUps[0]!, { scope: "inbound", measure: "arrivalsPerDay" })!.mean).toBeGreaterThan(100);
  });

  it("reads an experiment file with its set-ups and paired differences", () => {
    const r = fixture("experiment").results;
    expect(r.kind).toBe("experiment");
    expect(r.setUps.map((s) => s.name)[0]).toBe("base");
    expect(r.setUps.length).toBeGreaterThan(2);
    expect(
      r.differences?.[r.setUps[1]!.name]?.get({ scope: "inbound", measure: "pAbandon" })?.difference,
    ).toHaveProperty("significant");
    expect(r.trace).toBeNull();
  });

  it("reads a staffing plan written by clientflow staff", () => {
    const r = fixture("staffing").results;
    expect(r.kind).toBe("staffing");
    expect(r.setUps).toEqual([]);
    expect(r.plan!.pools.map((p) => p.pool)).toEqual(["consultants"]);
    expect(r.plan!.pools[0]!.intervals.some((i) => i.staff > 0)).toBe(true);
  });

  it("says what is wrong with a file that is not JSON, not results, of another version or kind", () => {
    expect(readResults("{ not json")).toMatchObject({ ok: false, error: { problem: "notJson" } });
    expect(readResults('{"name":"x"}')).toEqual({ ok: false, error: { problem: "notResults", detail: "—" } });
    expect(readResults('{"format":"clientflow-results","version":3,"kind":"run"}')).toEqual({
      ok: false,
      error: { problem: "wrongVersion", detail: "3" },
    });
    expect(readResults('{"format":"clientflow-results","version":2,"kind":"forecast"}')).toEqual({
      ok: false,
      error: { problem: "unknownKind", detail: '"forecast"' },
    });
  });

  it("names the field path of a damaged file", () => {
    const damaged = JSON.parse(fixture("run").text);
    const pAbandon = { scope: "inbound", measure: "pAbandon" } as const;
    rowIn(damaged, pAbandon).summary = { mean: "high" };
    const read = readResults(JSON.stringify(damaged));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.problem).toBe("invalid");
      expect(read.error.detail).toContain(`metrics[${indexIn(damaged, pAbandon)}].summary`);
    }
  });

  it("refuses numbers the figures cannot draw: beyond 1e100, below 1e-100 but not zero, intervals upside down", () => {
    const meanWait = { scope: "inbound", measure: "meanWait" } as const;
    const days = { scope: "window", measure: "days" } as const;
    const file = JSON.parse(fixture("run").text);
    expect(problemOf((f) => (rowIn(f, meanWait).summary.mean = 1e308))).toMatch(
      new RegExp(
        `^metrics\\[${indexIn(file, meanWait)}\\]\\.summary\\.mean: expected 0 or a number of magnitude from 1e-100 to 1e100`,
      ),
    );
    expect(problemOf((f) => (rowIn(f, days).summary.mean = 5e-324))).toMatch(
      new RegExp(`^metrics\\[${indexIn(file, days)}\\]\\.summary\\.mean:`),
    );
    expect(problemOf((f) => (rowIn(f, meanWait).summary.ci95 = [5, 1]))).toMatch(/low end is at most its high end/);
    expect(problemOf((f) => (rowIn(f, meanWait).values[0] = -1e200))).toMatch(
      new RegExp(`^metrics\\[${indexIn(file, meanWait)}\\]\\.values\\[0\\]`),
    );
    expect(problemOf((f) => (rowIn(f, meanWait).summary.mean = 1e100))).toBe("accepted");
  });

  it("refuses rows the engine never writes (an unknown scope or measure, a clock that is no time of day, a row twice) and a shown row the base lacks", () => {
    const row = (f: any) => f.metrics[5];
    expect(problemOf((f) => (row(f).measure = "toString"))).toMatch(/^metrics\[5\]\.measure:/);
    expect(problemOf((f) => (row(f).scope = "constructor"))).toMatch(/^metrics\[5\]\.scope:/);
    expect(problemOf((f) => (row(f).clock = "9am"))).toMatch(/^metrics\[5\]\.clock: expected a time of day/);
    expect(problemOf((f) => f.metrics.push(f.metrics[5]))).toMatch(/expected a row named once/);
    expect(problemOf((f) => (row(f).subject = "__proto__"))).toBe("accepted");
    const nothing = {
      scope: "pool",
      subject: "nobody",
      pool: null,
      channel: null,
      clock: null,
      measure: "meanWait",
      breakdown: null,
    };
    expect(problemOf((f) => (f.shownMetrics = ["inbound.pAbandon"]), "experiment")).toMatch(/^shownMetrics\[0\]:/);
    expect(problemOf((f) => (f.shownMetrics = [nothing]), "experiment")).toBe(
      'shownMetrics[0]: expected a row the base reports; found "Mean wait: nobody"',
    );
    expect(problemOf((f) => (f.differences["nobody"] = []), "experiment")).toMatch(
      /^differences\.nobody: expected a set-up other than the base/,
    );
    expect(problemOf((f) => (f.setUps[1].name = f.setUps[2].name), "experiment")).toMatch(
      /^setUps\[2\]\.name: expected a name used once/,
    );
  });

  it("refuses a trace that names what the run lacks: a pool, a person or pool index, a time out of order", () => {
    const problem = (change: (trace: any) => void) => problemOf((f) => change(f.trace));
    expect(problem((t) => (t.pools[0] = "nobody"))).toBe(
      'trace.pools[0]: expected a pool of the scenario; found "nobody"',
    );
    expect(problem((t) => (t.events[9][4] = t.pools.length))).toMatch(
      /^trace\.events\[9\]\[4\]: expected -1 or the index of a traced pool/,
    );
    expect(problem((t) => (t.events[9][3] = 1.5))).toMatch(/^trace\.events\[9\]\[3\]:/);
    expect(problem((t) => (t.events[9][0] = 1e308))).toMatch(/^trace\.events\[9\]\[0\]:/);
    expect(problem((t) => (t.events[9][0] = t.events[8][0] - 1))).toMatch(/at or after the previous event's/);
    expect(problem((t) => (t.contacts[0][2] = "fax"))).toMatch(
      /^trace\.contacts\[0\]\[2\]: expected a channel of the scenario/,
    );
    expect(problem((t) => (t.replication = 99))).toMatch(/^trace\.replication: expected a replication of the run/);
  });

  it("gives the record of differences no prototype, so no set-up name finds Object.prototype", () => {
    const r = fixture("experiment").results;
    expect(r.differences!["toString"]).toBeUndefined();
    expect(Object.getPrototypeOf(r.differences)).toBeNull();
  });

  it("refuses a version-1 file, naming its version and the command that writes one of this version", () => {
    const v1 = { format: "clientflow-results", version: 1, kind: "run", metrics: { "inbound.pAbandon": null } };
    const read = readResults(JSON.stringify(v1));
    expect(read).toEqual({ ok: false, error: { problem: "wrongVersion", detail: "1" } });
  });
});
