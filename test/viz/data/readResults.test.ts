import { describe, expect, it } from "vitest";
import { readResults } from "../../../viz/data/readResults.js";
import { fixture } from "../../helpers/fixtures.js";

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
    expect(r.setUps[0]!.metrics["inbound.arrivalsPerDay"]!.mean).toBeGreaterThan(100);
  });

  it("reads an experiment file with its set-ups and paired differences", () => {
    const r = fixture("experiment").results;
    expect(r.kind).toBe("experiment");
    expect(r.setUps.map((s) => s.name)[0]).toBe("base");
    expect(r.setUps.length).toBeGreaterThan(2);
    expect(r.differences?.[r.setUps[1]!.name]?.["inbound.pAbandon"]).toHaveProperty("significant");
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
    expect(readResults('{"name":"x"}')).toEqual({ ok: false, error: { problem: "notResults", detail: "nothing" } });
    expect(readResults('{"format":"clientflow-results","version":2,"kind":"run"}')).toEqual({
      ok: false,
      error: { problem: "wrongVersion", detail: "2" },
    });
    expect(readResults('{"format":"clientflow-results","version":1,"kind":"forecast"}')).toEqual({
      ok: false,
      error: { problem: "unknownKind", detail: '"forecast"' },
    });
  });

  it("names the field path of a damaged file", () => {
    const damaged = JSON.parse(fixture("run").text);
    damaged.metrics["inbound.pAbandon"] = { mean: "high" };
    const read = readResults(JSON.stringify(damaged));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.problem).toBe("invalid");
      expect(read.error.detail).toContain("metrics.inbound.pAbandon");
    }
  });

  it("refuses numbers the figures cannot draw: beyond 1e100, below 1e-100 but not zero, intervals upside down", () => {
    expect(problemOf((f) => (f.metrics["inbound.meanWait"].mean = 1e308))).toMatch(
      /^metrics\.inbound\.meanWait\.mean: expected 0 or a number of magnitude from 1e-100 to 1e100/,
    );
    expect(problemOf((f) => (f.metrics["window.days"].mean = 5e-324))).toMatch(/^metrics\.window\.days\.mean:/);
    expect(problemOf((f) => (f.metrics["inbound.meanWait"].ci95 = [5, 1]))).toMatch(/low end is at most its high end/);
    expect(problemOf((f) => (f.replicationValues["inbound.meanWait"][0] = -1e200))).toMatch(/^replicationValues/);
    expect(problemOf((f) => (f.metrics["inbound.meanWait"].mean = 1e100))).toBe("accepted");
  });

  it("refuses metric keys the engine never writes, prototype keys among them, and a shown metric the base lacks", () => {
    expect(problemOf((f) => (f.metrics["constructor"] = null))).toMatch(
      /^metrics\.constructor: expected a metric key of a known group/,
    );
    expect(problemOf((f) => (f.metrics["inbound.toString"] = null))).toBe("accepted");
    expect(problemOf((f) => (f.metrics["pool.x.__proto__"] = null))).toMatch(/without a part "__proto__"/);
    expect(problemOf((f) => (f.metrics["interval.9am.arrivalsPerDay"] = null))).toMatch(/interval\.<HH:MM>\.<measure>/);
    expect(problemOf((f) => (f.shownMetrics = ["constructor"]), "experiment")).toMatch(
      /^shownMetrics\[0\]: expected a metric key/,
    );
    expect(problemOf((f) => (f.shownMetrics = ["inbound.nothing"]), "experiment")).toBe(
      'shownMetrics[0]: expected a metric the base reports; found "inbound.nothing"',
    );
    expect(problemOf((f) => (f.differences["nobody"] = {}), "experiment")).toMatch(
      /^differences\.nobody: expected a set-up other than the base/,
    );
    expect(problemOf((f) => (f.setUps[1].name = f.setUps[2].name), "experiment")).toMatch(
      /^setUps\[2\]\.name: expected a name used once/,
    );
  });

  it("refuses a trace that names what the run lacks: a pool, a person or pool index, a time past the run or out of order", () => {
    const problem = (change: (trace: any) => void) => problemOf((f) => change(f.trace));
    expect(problem((t) => (t.pools[0] = "nobody"))).toBe(
      'trace.pools[0]: expected a pool of the scenario; found "nobody"',
    );
    expect(problem((t) => (t.events[9][4] = t.pools.length))).toMatch(
      /^trace\.events\[9\]\[4\]: expected -1 or the index of a traced pool/,
    );
    expect(problem((t) => (t.events[9][3] = 1.5))).toMatch(/^trace\.events\[9\]\[3\]:/);
    expect(problem((t) => (t.events[9][0] = 1e308))).toMatch(/^trace\.events\[9\]\[0\]:/);
    expect(problem((t) => (t.events[9][0] = 56 * 86_400 + 1))).toMatch(/a time within the run/);
    expect(problem((t) => (t.events[9][0] = t.events[8][0] - 1))).toMatch(/at or after the previous event's/);
    expect(problem((t) => (t.contacts[0][2] = "fax"))).toMatch(
      /^trace\.contacts\[0\]\[2\]: expected a channel of the scenario/,
    );
    expect(problem((t) => (t.replication = 99))).toMatch(/^trace\.replication: expected a replication of the run/);
  });

  it("gives records of metrics and differences no prototype, so no key finds Object.prototype", () => {
    const r = fixture("experiment").results;
    expect(r.setUps[0]!.metrics["constructor"]).toBeUndefined();
    expect(r.differences!["toString"]).toBeUndefined();
    expect(Object.getPrototypeOf(r.setUps[0]!.replicationValues)).toBeNull();
  });
});
