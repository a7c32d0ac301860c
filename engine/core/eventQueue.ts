/** Called when an event fires, with the data given when it was scheduled. */
export type EventHandler<T = unknown> = (data: T) => void;

/** One scheduled event. Fields are read-only outside the queue. */
export interface ScheduledEvent {
  /** Simulated time in seconds. */
  readonly time: number;
  /** Lower runs first at equal times (see `PRIORITY`). */
  readonly priority: number;
  /** Scheduling order, unique per queue; breaks ties between equal time and priority. */
  readonly sequence: number;
  /** priority × 2^42 + sequence: one number that orders events of equal time. */
  readonly tieKey: number;
  readonly handler: EventHandler<never>;
  readonly data: unknown;
  /** True once cancelled; a cancelled event is skipped when it reaches the front. */
  cancelled: boolean;
}

const TIE_SCALE = 2 ** 42;
/** Priorities fit below 2^10 so that the tie key stays an exact integer (below 2^53). */
const MAX_PRIORITY = 1023;

function before(a: ScheduledEvent, b: ScheduledEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.tieKey < b.tieKey);
}

/**
 * A binary min-heap of events, totally ordered by (time, priority, sequence), so that runs
 * are reproducible: no tie is ever broken at random. Cancellation is lazy: a cancelled
 * event stays in the heap and is dropped when it reaches the front.
 */
export class EventQueue {
  private heap: ScheduledEvent[] = [];
  private nextSequence = 0;
  private live = 0;

  /** Number of events that will still fire. */
  get size(): number {
    return this.live;
  }

  push<T>(time: number, priority: number, handler: EventHandler<T>, data: T): ScheduledEvent {
    if (!(priority >= 0 && priority <= MAX_PRIORITY && Number.isInteger(priority))) {
      throw new RangeError(`EventQueue.push requires a whole priority from 0 to ${MAX_PRIORITY}, got ${priority}`);
    }
    if (this.nextSequence >= TIE_SCALE) throw new RangeError("EventQueue.push: more than 2^42 events scheduled");
    const sequence = this.nextSequence++;
    const event: ScheduledEvent = {
      time,
      priority,
      sequence,
      tieKey: priority * TIE_SCALE + sequence,
      handler: handler as EventHandler<never>,
      data,
      cancelled: false,
    };
    const heap = this.heap;
    let i = heap.length;
    heap.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!before(event, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = event;
    this.live++;
    return event;
  }

  /** Marks an event as cancelled. Cancelling twice, or after it fired, does nothing. */
  cancel(event: ScheduledEvent): void {
    if (event.cancelled) return;
    event.cancelled = true;
    this.live--;
  }

  /** The next live event without removing it, or undefined. */
  peek(): ScheduledEvent | undefined {
    this.dropCancelled();
    return this.heap[0];
  }

  /** Removes and returns the next live event, or undefined when none is left. */
  pop(): ScheduledEvent | undefined {
    return this.popUntil(Infinity);
  }

  /** Removes and returns the next live event if its time is at most `limit`, else undefined. */
  popUntil(limit: number): ScheduledEvent | undefined {
    const heap = this.heap;
    let top = heap[0];
    while (top !== undefined && top.cancelled) {
      this.removeTop();
      top = heap[0];
    }
    if (top === undefined || top.time > limit) return undefined;
    this.removeTop();
    this.live--;
    // A fired event can no longer be cancelled.
    top.cancelled = true;
    return top;
  }

  private dropCancelled(): void {
    const heap = this.heap;
    while (heap.length > 0 && heap[0]!.cancelled) this.removeTop();
  }

  private removeTop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    const n = heap.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && before(heap[right]!, heap[left]!)) child = right;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}
