/**
 * Johannes Baagøe's Alea generator, seeded from a string exactly as seedrandom's `alea` is (the
 * same Mash hash, the same arithmetic in the same order), so every stream draws the same numbers
 * as seedrandom's; a test compares both. It is faster because no number it updates lives in a
 * closure's context: seedrandom's Mash keeps its state in one, which boxes a new heap number at
 * every step of the hash (about 300 per client stream), and seeding a stream per client was 8% of
 * a year of the default company. Here the hash runs on a local and the generator's state is a
 * plain object with number fields, which V8 updates in place (cheaper to create and to draw from
 * than a Float64Array: a year of the default company creates a stream per client).
 */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * The Mash hash's state after hashing `data` from state `n`. Mash truncates with `h >>> 0`; here
 * `Math.trunc(h)`, the same number because h is never negative and stays below 2^27 (a state
 * below 2^32 + 2^27 plus a char code, times 0.0252; then a fraction times a number below 2^27),
 * and V8 truncates in floating point without the round trip through a 32-bit integer: 40% faster.
 */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = Math.trunc(h);
    h -= n;
    h *= n;
    n = Math.trunc(h);
    h -= n;
    n += h * 0x100000000;
  }
  return n;
}

/** What a Mash state gives: a number in [0, 1). */
function mashValue(n: number): number {
  return (n >>> 0) * TWO_POW_MINUS_32;
}

/** The Mash state and values after the three hashes of " " that start every seeding. */
const N1 = mash(0xefc8249d, " ");
const N2 = mash(N1, " ");
const N3 = mash(N2, " ");
const V1 = mashValue(N1);
const V2 = mashValue(N2);
const V3 = mashValue(N3);

/** Alea's state: the last three outputs, each in [0, 1), and the carry (an integer below 2091639). */
interface AleaState {
  s0: number;
  s1: number;
  s2: number;
  c: number;
}

/**
 * The generator whose seeding hashes ended in Mash states `n1`, `n2` and `n3` (the state after
 * each of the three hashes of the seed), after `discard` outputs thrown away.
 */
function seeded(n1: number, n2: number, n3: number, discard: number): () => number {
  let s0 = V1 - mashValue(n1);
  if (s0 < 0) s0 += 1;
  let s1 = V2 - mashValue(n2);
  if (s1 < 0) s1 += 1;
  let s2 = V3 - mashValue(n3);
  if (s2 < 0) s2 += 1;
  let c = 1;
  // The same steps as the generator's below, on locals.
  for (let i = 0; i < discard; i++) {
    const t = 2091639 * s0 + c * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
  }
  const state: AleaState = { s0, s1, s2, c };
  return () => {
    const t = 2091639 * state.s0 + state.c * TWO_POW_MINUS_32;
    state.s0 = state.s1;
    state.s1 = state.s2;
    const c = t | 0;
    state.c = c;
    const r = t - c;
    state.s2 = r;
    return r;
  };
}

/** A uniform stream in [0, 1) seeded from `seed`: seedrandom's `alea(seed)` numbers, after `discard` of them. */
export function alea(seed: string, discard = 0): () => number {
  const n1 = mash(N3, seed);
  const n2 = mash(n1, seed);
  const n3 = mash(n2, seed);
  return seeded(n1, n2, n3, discard);
}

/**
 * Seeds the streams whose seed strings share a prefix: `stream(suffix, discard)` draws exactly
 * what `alea(prefix + suffix, discard)` draws. The first of Mash's three hashes starts from a
 * fixed state, so its state after the prefix is kept and only the suffix is hashed; the second
 * and third start from the first's result and hash the prefix again. The seed string is never
 * built.
 */
export class AleaSeeder {
  /** The Mash state after the first hash of the prefix. */
  private readonly afterPrefix: number;

  constructor(readonly prefix: string) {
    this.afterPrefix = mash(N3, prefix);
  }

  /** The stream of `alea(prefix + suffix, discard)`. */
  stream(suffix: string, discard: number): () => number {
    const prefix = this.prefix;
    const n1 = mash(this.afterPrefix, suffix);
    const n2 = mash(mash(n1, prefix), suffix);
    const n3 = mash(mash(n2, prefix), suffix);
    return seeded(n1, n2, n3, discard);
  }
}
