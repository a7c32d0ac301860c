/**
 * The event list of the benchmark's plain loops: a binary min-heap of event times (seconds) in a
 * Float64Array, each with an integer kind beside it, fixed capacity, no ties broken (the plain
 * loops' events never share a time in practice). What any event-driven loop must do, and no more.
 */
export class PlainEventHeap {
  private readonly times: Float64Array;
  private readonly kinds: Int32Array;
  /** Events pending. */
  size = 0;

  constructor(capacity: number) {
    this.times = new Float64Array(capacity);
    this.kinds = new Int32Array(capacity);
  }

  /** Time of the next event (seconds); only when size > 0. */
  get nextTime(): number {
    return this.times[0]!;
  }

  push(time: number, kind: number): void {
    const times = this.times;
    const kinds = this.kinds;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      kinds[i] = kinds[parent]!;
      i = parent;
    }
    times[i] = time;
    kinds[i] = kind;
  }

  /** Removes the next event and returns its kind. */
  pop(): number {
    const times = this.times;
    const kinds = this.kinds;
    const kind = kinds[0]!;
    const size = --this.size;
    const t = times[size]!;
    const k = kinds[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && times[child + 1]! < times[child]!) child++;
      if (t <= times[child]!) break;
      times[i] = times[child]!;
      kinds[i] = kinds[child]!;
      i = child;
    }
    times[i] = t;
    kinds[i] = k;
    return kind;
  }
}
