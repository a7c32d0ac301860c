import { describe, expect, it } from "vitest";
import { StreamFactory, namedStream, streamKey } from "../../../engine/random/index.js";
import seedrandom from "seedrandom";

const draw = (u: () => number, n: number) => Array.from({ length: n }, u);

describe("named streams", () => {
  it("are seeded from the string seed|replication|name", () => {
    expect(streamKey("42", 3, "arrivals:call")).toBe("42|3|arrivals:call");
  });

  it("repeat exactly for the same seed, replication and name", () => {
    expect(draw(namedStream("s", 1, "a"), 5)).toEqual(draw(namedStream("s", 1, "a"), 5));
  });

  it("differ by name, by replication and by seed, and never confuse seed 1 rep 2 with seed 2 rep 1", () => {
    const base = draw(namedStream("1", 2, "a"), 3);
    expect(draw(namedStream("1", 2, "b"), 3)).not.toEqual(base);
    expect(draw(namedStream("1", 3, "a"), 3)).not.toEqual(base);
    expect(draw(namedStream("2", 1, "a"), 3)).not.toEqual(base);
  });

  it("are independent of the order in which a factory creates them", () => {
    const f1 = new StreamFactory("x", 1);
    const f2 = new StreamFactory("x", 1);
    f1.stream("first")();
    const a = draw(f1.stream("second"), 3);
    const b = draw(f2.stream("second"), 3);
    expect(a).toEqual(b);
  });

  it("refuses replication numbers below 1", () => {
    expect(() => new StreamFactory("x", 0)).toThrow(/replication number of 1 or more/);
  });
});

describe("namedStream's warm-up", () => {
  it("throws away the first 8 outputs of Alea, whose first draws are poorly mixed functions of the seed", () => {
    const raw = seedrandom.alea("1|1|client:x#0");
    for (let i = 0; i < 8; i++) raw();
    expect(namedStream("1", 1, "client:x#0")()).toBe(raw());
  });
});
