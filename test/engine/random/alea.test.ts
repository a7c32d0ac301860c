import fc from "fast-check";
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { alea } from "../../../engine/random/alea.js";

describe("alea(seed)", () => {
  it("draws exactly seedrandom's alea numbers for any seed string, so every stream is unchanged", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 50 }), (seed, n) => {
        const ours = alea(seed);
        const theirs = seedrandom.alea(seed);
        for (let i = 0; i < n; i++) expect(ours()).toBe(theirs());
      }),
    );
  });

  it("draws seedrandom's numbers for the keys the engine uses", () => {
    for (const key of ["1|1|arrivals:walk-in", "seed|12|client:base:regular#41", ""]) {
      const ours = alea(key);
      const theirs = seedrandom.alea(key);
      for (let i = 0; i < 1000; i++) expect(ours()).toBe(theirs());
    }
  });
});
