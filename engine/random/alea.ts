/**
 * Johannes Baagøe's Alea generator, seeded from a string exactly as seedrandom's `alea` is
 * (the same Mash hash, the same arithmetic in the same order), so every stream draws the same
 * numbers as before; without seedrandom's extra methods per stream, and with the hash of the
 * three leading spaces (the same for every seed) computed once. A test compares both.
 */
const SPACE = 32;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** The Mash hash's state after the three calls on " " that start every seeding. */
const START = ((): { n: number; s0: number; s1: number; s2: number } => {
  let n = 0xefc8249d;
  const space = (): number => {
    n += SPACE;
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000;
    return (n >>> 0) * TWO_POW_MINUS_32;
  };
  const s0 = space();
  const s1 = space();
  const s2 = space();
  return { n, s0, s1, s2 };
})();

/** A uniform stream in [0, 1) seeded from `seed`. */
export function alea(seed: string): () => number {
  let n = START.n;
  const mash = (): number => {
    for (let i = 0; i < seed.length; i++) {
      n += seed.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * TWO_POW_MINUS_32;
  };
  let c = 1;
  let s0 = START.s0 - mash();
  if (s0 < 0) s0 += 1;
  let s1 = START.s1 - mash();
  if (s1 < 0) s1 += 1;
  let s2 = START.s2 - mash();
  if (s2 < 0) s2 += 1;
  return () => {
    const t = 2091639 * s0 + c * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    return (s2 = t - (c = t | 0));
  };
}
