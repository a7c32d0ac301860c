import { describe, expect, it } from "vitest";
import { decodeOutput, encodeOutput } from "../../../../engine/node/queue/outputCodec.js";
import type { ReplicationRow } from "../../../../engine/results/index.js";
import type { ReplicationOutput } from "../../../../engine/run/index.js";

/** One replication's rows: a pool row per value, its name the pool's. */
const output = (values: Record<string, number | null>): ReplicationOutput => ({
  replication: 3,
  values: Object.entries(values).map(([pool, value]): ReplicationRow => ({
    scope: "pool",
    subject: pool,
    pool: null,
    channel: null,
    clock: null,
    measure: "meanWait",
    breakdown: null,
    value,
  })),
  events: 1234,
  trace: null,
});

describe("encodeOutput and decodeOutput", () => {
  it("give back the same output, numbers JSON cannot hold included (NaN, the infinities, -0)", () => {
    const o = output({ a: 1.5, b: null, c: NaN, d: Infinity, e: -Infinity, f: -0, g: 0 });
    const back = decodeOutput(encodeOutput(o), "job");
    expect(back).toEqual(o);
    const value = (pool: string) => back.values.find((r) => r.subject === pool)!.value;
    expect(Object.is(value("f"), -0)).toBe(true);
    expect(Object.is(value("g"), 0)).toBe(true);
    expect(back.values.map((r) => r.subject)).toEqual(o.values.map((r) => r.subject));
  });

  it("refuse a text that is not an encoded output, and never set a prototype's field", () => {
    expect(() => decodeOutput("{}", "r1-x")).toThrow("the result of job r1-x in Redis is not a replication's output");
    const hostile = JSON.stringify({
      json: JSON.stringify(output({})),
      specials: [[["__proto__", "polluted"], "NaN"]],
    });
    expect(() => decodeOutput(hostile, "r1-x")).toThrow(/not a replication's output/);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
