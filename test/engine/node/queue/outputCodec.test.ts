import { describe, expect, it } from "vitest";
import { decodeOutput, encodeOutput } from "../../../../engine/node/queue/outputCodec.js";
import type { ReplicationOutput } from "../../../../engine/run/index.js";

const output = (values: Record<string, number | null>): ReplicationOutput => ({
  replication: 3,
  values,
  events: 1234,
  trace: null,
});

describe("encodeOutput and decodeOutput", () => {
  it("give back the same output, numbers JSON cannot hold included (NaN, the infinities, -0)", () => {
    const o = output({ a: 1.5, b: null, c: NaN, d: Infinity, e: -Infinity, f: -0, g: 0 });
    const back = decodeOutput(encodeOutput(o), "job");
    expect(back).toEqual(o);
    expect(Object.is(back.values["f"], -0)).toBe(true);
    expect(Object.is(back.values["g"], 0)).toBe(true);
    expect(Object.keys(back.values)).toEqual(Object.keys(o.values));
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
