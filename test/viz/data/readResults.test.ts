import { describe, expect, it } from "vitest";
import { readResults } from "../../../viz/data/readResults.js";
import { fixture } from "../../helpers/fixtures.js";

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
});
