/**
 * The time integral of a level (queue length, busy agents, staff on shift), in total and per
 * interval of the day, over an observation window. Call `set` whenever the level changes;
 * nothing is stored per change. Level × seconds is added to the interval each stretch lies in.
 */
export class IntervalTimeAverage {
  /** Integral of the level over the window, in level × seconds. */
  area = 0;
  /** The same, per interval of the day. */
  readonly areaByInterval: Float64Array;
  private level = 0;
  private last = 0;
  private observing = false;
  private nextBoundary = 0;
  private slot = 0;

  constructor(
    private readonly intervalSeconds: number,
    intervalsPerDay: number,
  ) {
    this.areaByInterval = new Float64Array(intervalsPerDay);
  }

  get current(): number {
    return this.level;
  }

  /** Changes the level at `now`. */
  set(level: number, now: number): void {
    if (this.observing) this.advance(now);
    this.level = level;
  }

  add(delta: number, now: number): void {
    this.set(this.level + delta, now);
  }

  /** Starts the window at `now`, dropping what came before. */
  start(now: number): void {
    this.area = 0;
    this.areaByInterval.fill(0);
    this.observing = true;
    this.last = now;
    const index = Math.floor(now / this.intervalSeconds);
    this.slot = index % this.areaByInterval.length;
    this.nextBoundary = (index + 1) * this.intervalSeconds;
  }

  /** Ends the window at `now`. */
  stop(now: number): void {
    if (!this.observing) return;
    this.advance(now);
    this.observing = false;
  }

  private advance(now: number): void {
    const level = this.level;
    while (now >= this.nextBoundary) {
      const part = level * (this.nextBoundary - this.last);
      this.area += part;
      this.areaByInterval[this.slot] = this.areaByInterval[this.slot]! + part;
      this.last = this.nextBoundary;
      this.nextBoundary += this.intervalSeconds;
      this.slot = this.slot + 1 === this.areaByInterval.length ? 0 : this.slot + 1;
    }
    const part = level * (now - this.last);
    this.area += part;
    this.areaByInterval[this.slot] = this.areaByInterval[this.slot]! + part;
    this.last = now;
  }
}
