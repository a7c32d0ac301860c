import fc from "fast-check";
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { AleaSeeder, alea } from "../../../engine/random/alea.js";

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

describe("alea(seed, discard)", () => {
  it("draws seedrandom's numbers after throwing `discard` of them away", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 20 }), (seed, discard) => {
        const theirs = seedrandom.alea(seed);
        for (let i = 0; i < discard; i++) theirs();
        const ours = alea(seed, discard);
        for (let i = 0; i < 20; i++) expect(ours()).toBe(theirs());
      }),
    );
  });

  it("hashes any UTF-16 code unit and long seeds as seedrandom does (Mash's truncation stays exact)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (seed) => {
        const ours = alea(seed);
        const theirs = seedrandom.alea(seed);
        for (let i = 0; i < 5; i++) expect(ours()).toBe(theirs());
      }),
    );
    const long = "\uffff".repeat(5000) + "client:x#1";
    const ours = alea(long);
    const theirs = seedrandom.alea(long);
    for (let i = 0; i < 100; i++) expect(ours()).toBe(theirs());
  });
});

describe("AleaSeeder", () => {
  it("draws exactly alea(prefix + suffix, discard) for any prefix and suffix", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 10 }),
        (prefix, suffixes, discard) => {
          const seeder = new AleaSeeder(prefix);
          for (const suffix of suffixes) {
            const ours = seeder.stream(suffix, discard);
            const theirs = alea(prefix + suffix, discard);
            for (let i = 0; i < 10; i++) expect(ours()).toBe(theirs());
          }
        },
      ),
    );
  });
});
