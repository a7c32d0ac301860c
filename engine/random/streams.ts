import seedrandom from "seedrandom";

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * The key a named stream is seeded from: "seed|replication|stream name". Keys are strings,
 * never seed + replication, so that (seed 1, replication 2) and (seed 2, replication 1) differ.
 */
export function streamKey(seed: string, replication: number, name: string): string {
  return `${seed}|${replication}|${name}`;
}

/**
 * Builds one named random stream with seedrandom's Alea generator (32 bits per draw, fast,
 * and its state is seeded from any string).
 */
export function namedStream(seed: string, replication: number, name: string): Uniform {
  return seedrandom.alea(streamKey(seed, replication, name));
}

/**
 * The streams of one replication, created on first use and kept by name, so that each part
 * of a model draws from its own stream whatever the order in which the parts are used.
 */
export class StreamFactory {
  private readonly streams = new Map<string, Uniform>();

  constructor(
    readonly seed: string,
    readonly replication: number,
  ) {
    if (!Number.isInteger(replication) || replication < 1) {
      throw new RangeError(`StreamFactory requires a replication number of 1 or more, got ${replication}`);
    }
  }

  stream(name: string): Uniform {
    let s = this.streams.get(name);
    if (s === undefined) {
      s = namedStream(this.seed, this.replication, name);
      this.streams.set(name, s);
    }
    return s;
  }
}
