/** Called when an event fires, with the data given when it was scheduled. */
export type EventHandler<T = unknown> = (data: T) => void;

/**
 * Identifies a scheduled event for cancellation: its slot and the slot's generation, so a
 * handle kept after its event fired can never cancel a later event that reuses the slot.
 */
export type EventHandle = number;

const TIE_SCALE = 2 ** 42;
/**
 * Priorities fit below 2^10 so that priority × 2^42 + sequence stays an exact integer. One less
 * than a power of two, so that `(p & MAX_PRIORITY) === p` holds exactly for the whole numbers
 * from 0 to MAX_PRIORITY (and for no fraction, negative number, NaN or larger number).
 */
const MAX_PRIORITY = 1023;
const SLOT_BITS = 2 ** 24;
const MAX_GENERATION = 2 ** 29;

/**
 * A binary min-heap of events, totally ordered by (time, priority, sequence), so that runs are
 * reproducible: no tie is ever broken at random. The heap holds each event's time and tie key
 * in typed arrays by position; its handler and data live in a slot reused through a free list,
 * so scheduling allocates nothing in steady state.
 * Cancellation is lazy: a cancelled event is dropped when it reaches the front.
 *
 * Removal of the front is deferred: `popUntil` frees the fired event's slot at once but leaves
 * its entry at the root; the next `push` writes over the root and sifts down once (a handler
 * that schedules one event, the usual case, costs one sift instead of a sift-down and a
 * sift-up), and the next `popUntil` sifts the last entry down from the root if no push came.
 * Since the order is total, the events come out in the same order either way.
 */
export class EventQueue {
  private capacity = 256;
  /**
   * The heap, by position: each entry's time, tie key (priority × 2^42 + sequence) and slot. The
   * keys sit beside their positions, as in a plain loop's heap, so a comparison reads no slot.
   */
  private times = new Float64Array(this.capacity);
  private ties = new Float64Array(this.capacity);
  private heap = new Int32Array(this.capacity);
  /** By slot: its generation, whether its event was cancelled, its handler and data. */
  private generations = new Uint32Array(this.capacity);
  private cancelled = new Uint8Array(this.capacity);
  private readonly handlers: (EventHandler<never> | undefined)[] = [];
  private readonly payloads: unknown[] = [];
  /** The free slots, a stack: the first `freeCount` entries. */
  private free = new Int32Array(this.capacity);
  private freeCount = 0;
  private slotsUsed = 0;
  /** Entries in the heap, the fired one at the root included while `topFired`. */
  private length = 0;
  private live = 0;
  private nextSequence = 0;
  /** True when the root entry already fired (its slot is free) and waits to be removed. */
  private topFired = false;

  /** Time, priority, sequence, handler and data of the event last removed by `popUntil`. */
  lastTime = 0;
  private lastTie = 0;
  lastHandler: EventHandler<never> | undefined = undefined;
  lastData: unknown = undefined;

  get lastPriority(): number {
    return Math.floor(this.lastTie / TIE_SCALE);
  }

  get lastSequence(): number {
    return this.lastTie - this.lastPriority * TIE_SCALE;
  }

  /** Number of events that will still fire. */
  get size(): number {
    return this.live;
  }

  /** Schedules `handler(data)` at `time` (any number but NaN) with `priority` (0 to 1023). */
  push<T>(time: number, priority: number, handler: EventHandler<T>, data: T): EventHandle {
    if (Number.isNaN(time)) throw new RangeError("EventQueue.push requires a time, got NaN");
    if ((priority & MAX_PRIORITY) !== priority) {
      throw new RangeError(`EventQueue.push requires a whole priority from 0 to ${MAX_PRIORITY}, got ${priority}`);
    }
    const sequence = this.nextSequence++;
    if (sequence >= TIE_SCALE) throw new RangeError("EventQueue.push: more than 2^42 events scheduled");
    const slot = this.freeCount > 0 ? this.free[--this.freeCount]! : this.newSlot();
    const tie = priority * TIE_SCALE + sequence;
    this.cancelled[slot] = 0;
    this.handlers[slot] = handler as EventHandler<never>;
    this.payloads[slot] = data;
    if (this.topFired) {
      this.topFired = false;
      this.siftDown(time, tie, slot);
    } else {
      const heap = this.heap;
      const times = this.times;
      const ties = this.ties;
      let i = this.length++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const pt = times[parent]!;
        if (pt < time || (pt === time && ties[parent]! < tie)) break;
        times[i] = pt;
        ties[i] = ties[parent]!;
        heap[i] = heap[parent]!;
        i = parent;
      }
      times[i] = time;
      ties[i] = tie;
      heap[i] = slot;
    }
    this.live++;
    return this.generations[slot]! * SLOT_BITS + slot;
  }

  /** Cancels a scheduled event; returns false when it already fired or was cancelled. */
  cancel(handle: EventHandle): boolean {
    // Exact arithmetic on whole numbers below 2^53, without a floating-point remainder.
    const generation = Math.floor(handle / SLOT_BITS);
    const slot = handle - generation * SLOT_BITS;
    if (!(handle >= 0) || slot >= this.slotsUsed || this.generations[slot] !== generation || this.cancelled[slot] === 1)
      return false;
    if (this.handlers[slot] === undefined) return false;
    this.cancelled[slot] = 1;
    this.live--;
    return true;
  }

  /** Time of the next live event, or Infinity. */
  peekTime(): number {
    this.settle();
    return this.length > 0 ? this.times[0]! : Infinity;
  }

  /**
   * Removes the next live event if its time is at most `limit` (seconds), leaving it in the
   * `last*` fields, and returns true; returns false (removing nothing live) otherwise.
   */
  popUntil(limit: number): boolean {
    this.settle();
    if (this.length === 0) return false;
    const time = this.times[0]!;
    if (time > limit) return false;
    const slot = this.heap[0]!;
    this.lastTime = time;
    this.lastTie = this.ties[0]!;
    this.lastHandler = this.handlers[slot];
    this.lastData = this.payloads[slot];
    this.freeSlot(slot);
    this.topFired = true;
    this.live--;
    return true;
  }

  /** Removes the fired root, if any, then the cancelled events at the front. */
  private settle(): void {
    if (this.topFired) {
      this.topFired = false;
      this.removeTop();
    }
    while (this.length > 0 && this.cancelled[this.heap[0]!] === 1) {
      this.freeSlot(this.heap[0]!);
      this.removeTop();
    }
  }

  /** Removes the root entry: the last entry sifts down from the root. */
  private removeTop(): void {
    const n = --this.length;
    if (n > 0) this.siftDown(this.times[n]!, this.ties[n]!, this.heap[n]!);
  }

  /** Places the entry (time, tie, slot) at the root, over what was there, and sifts it down. */
  private siftDown(time: number, tie: number, slot: number): void {
    const heap = this.heap;
    const times = this.times;
    const ties = this.ties;
    const n = this.length;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let ct = times[child]!;
      const right = child + 1;
      if (right < n) {
        const rt = times[right]!;
        if (rt < ct || (rt === ct && ties[right]! < ties[child]!)) {
          child = right;
          ct = rt;
        }
      }
      if (time < ct || (time === ct && tie < ties[child]!)) break;
      times[i] = ct;
      ties[i] = ties[child]!;
      heap[i] = heap[child]!;
      i = child;
    }
    times[i] = time;
    ties[i] = tie;
    heap[i] = slot;
  }

  /** Frees a slot whose event fired or was dropped: later handles to it cancel nothing. */
  private freeSlot(slot: number): void {
    this.handlers[slot] = undefined;
    this.payloads[slot] = undefined;
    this.generations[slot] = (this.generations[slot]! + 1) & (MAX_GENERATION - 1);
    this.free[this.freeCount++] = slot;
  }

  private newSlot(): number {
    const slot = this.slotsUsed++;
    if (slot >= SLOT_BITS) throw new RangeError(`EventQueue: more than ${SLOT_BITS} events pending at once`);
    if (slot >= this.capacity) {
      const capacity = this.capacity * 2;
      const grow = <A extends Float64Array | Uint32Array | Uint8Array | Int32Array>(
        a: A,
        make: (n: number) => A,
      ): A => {
        const b = make(capacity);
        b.set(a);
        return b;
      };
      this.times = grow(this.times, (n) => new Float64Array(n));
      this.ties = grow(this.ties, (n) => new Float64Array(n));
      this.generations = grow(this.generations, (n) => new Uint32Array(n));
      this.cancelled = grow(this.cancelled, (n) => new Uint8Array(n));
      this.heap = grow(this.heap, (n) => new Int32Array(n));
      this.free = grow(this.free, (n) => new Int32Array(n));
      this.capacity = capacity;
    }
    return slot;
  }
}
