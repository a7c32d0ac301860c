import { describe, expect, it } from "vitest";
import { StreamFactory, namedStream, PrefixedStreams, streamKey } from "../../../engine/random/index.js";
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

describe("prefixed streams", () => {
  it("draws exactly namedStream(seed, replication, prefix + rest) for many client keys", () => {
    const clients = new PrefixedStreams("seed", 3, "client:");
    for (let k = 0; k < 2000; k++) {
      const key = `walk-in regular#${k}`;
      const ours = clients.stream(key);
      const theirs = namedStream("seed", 3, `client:${key}`);
      for (let i = 0; i < 5; i++) expect(ours()).toBe(theirs());
    }
  });

  it("are right for any seed, replication and prefix, however the prefix and the rest split the name", () => {
    const calls: [string, number, string, string][] = [
      ["1", 1, "client:", "a#1"],
      ["1", 2, "client:", "a#1"],
      ["2", 1, "client:", "a#1"],
      ["2", 1, "other:", "a#1"],
      ["2", 1, "", "client:a#1"],
      ["1", 1, "client:", "a#1"],
      ["1|1", 1, "client:", "a#1"],
      ["", 1, "client:", ""],
    ];
    for (const [seed, replication, prefix, rest] of [...calls, ...calls.reverse()]) {
      const ours = new PrefixedStreams(seed, replication, prefix).stream(rest);
      const theirs = namedStream(seed, replication, prefix + rest);
      for (let i = 0; i < 5; i++) expect(ours()).toBe(theirs());
    }
  });

  it("gives seedrandom's stream after the 8 discarded outputs", () => {
    const raw = seedrandom.alea("1|1|client:x#0");
    for (let i = 0; i < 8; i++) raw();
    expect(new PrefixedStreams("1", 1, "client:").stream("x#0")()).toBe(raw());
  });
});
