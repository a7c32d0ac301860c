import { EventQueue, type EventHandle, type EventHandler } from "./eventQueue.js";

/**
 * The discrete-event kernel: a clock and an event list, nothing else. Behaviour lives in the
 * handlers that models schedule. Time is in seconds from the start of the run.
 */
export class Simulation {
  private readonly queue = new EventQueue();
  private clock = 0;
  private stopped = false;

  /** Current simulated time in seconds. */
  get now(): number {
    return this.clock;
  }

  /** Number of events still to fire. */
  get pending(): number {
    return this.queue.size;
  }

  /** Schedules `handler(data)` at absolute time `timeSeconds` (not before now). */
  at<T>(timeSeconds: number, priority: number, handler: EventHandler<T>, data: T): EventHandle {
    if (!(timeSeconds >= this.clock)) {
      throw new RangeError(`Simulation.at requires a time not before now (${this.clock} s), got ${timeSeconds}`);
    }
    return this.queue.push(timeSeconds, priority, handler, data);
  }

  /** Schedules `handler(data)` after `delaySeconds` (at least 0). */
  after<T>(delaySeconds: number, priority: number, handler: EventHandler<T>, data: T): EventHandle {
    return this.at(this.clock + delaySeconds, priority, handler, data);
  }

  /** Cancels a scheduled event; false when it already fired or was cancelled. */
  cancel(event: EventHandle): boolean {
    return this.queue.cancel(event);
  }

  /** Makes `run` return after the event being handled. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Fires events in order until none is left, `stop()` is called, or the next event lies
   * after `untilSeconds`; the clock then stands at the last event fired (or at `untilSeconds`
   * when the limit was reached). Returns the number of events fired.
   */
  run(untilSeconds = Infinity): number {
    const queue = this.queue;
    let fired = 0;
    this.stopped = false;
    while (!this.stopped) {
      if (!queue.popUntil(untilSeconds)) {
        if (untilSeconds !== Infinity && queue.size > 0) this.clock = untilSeconds;
        break;
      }
      this.clock = queue.lastTime;
      (queue.lastHandler as EventHandler<unknown>)(queue.lastData);
      fired++;
    }
    return fired;
  }
}
