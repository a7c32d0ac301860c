/**
 * A fixed histogram of non-negative values (seconds) for percentiles without storing samples:
 * one bin for exact zeros, then geometric bins from 0.1 s growing by 2% up to about 60 days,
 * and an overflow bin. A percentile read from it is within about 1% of the true sample
 * percentile. Memory is fixed (about 1,000 bins) whatever the number of values.
 */
const LOW = 0.1;
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);
const GEOMETRIC_BINS = 1000;

export class Histogram {
  /** counts[0]: zeros; counts[1]: (0, LOW); then geometric bins; last: overflow. */
  readonly counts = new Float64Array(GEOMETRIC_BINS + 3);
  total = 0;
  max = 0;

  add(value: number): void {
    this.addToBin(histogramBin(value), value);
  }

  /** Adds a value whose bin is already known (see `histogramBin`). */
  addToBin(bin: number, value: number): void {
    this.total++;
    if (value > this.max) this.max = value;
    this.counts[bin] = this.counts[bin]! + 1;
  }

  /** Adds every count of another histogram. */
  merge(other: Histogram): void {
    for (let i = 0; i < this.counts.length; i++) this.counts[i] = this.counts[i]! + other.counts[i]!;
    this.total += other.total;
    this.max = Math.max(this.max, other.max);
  }

  /** The q-quantile (q in [0, 1]), interpolated inside its bin; NaN when empty. */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`Histogram.quantile requires q in [0, 1], got ${q}`);
    if (this.total === 0) return NaN;
    const rank = q * this.total;
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      const c = this.counts[i]!;
      if (c === 0) continue;
      if (seen + c >= rank) {
        if (i === 0) return 0;
        const [lo, hi] = binBounds(i, this.max);
        const within = c > 0 ? (rank - seen) / c : 0;
        return Math.min(this.max, lo + (hi - lo) * Math.max(0, within));
      }
      seen += c;
    }
    return this.max;
  }
}

/** The bin a value falls in. */
export function histogramBin(value: number): number {
  if (value <= 0) return 0;
  if (value < LOW) return 1;
  const k = Math.floor(Math.log(value / LOW) / LOG_GROWTH);
  return k >= GEOMETRIC_BINS ? GEOMETRIC_BINS + 2 : k + 2;
}

/** LOW · GROWTH^k, with Math.exp (Math.pow differs in the last bit between JavaScript engines). */
function edge(k: number): number {
  return LOW * Math.exp(k * LOG_GROWTH);
}

function binBounds(bin: number, max: number): [number, number] {
  if (bin === 1) return [0, LOW];
  if (bin === GEOMETRIC_BINS + 2) return [edge(GEOMETRIC_BINS), max];
  const k = bin - 2;
  return [edge(k), edge(k + 1)];
}
