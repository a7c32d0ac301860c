import { SECONDS_PER_DAY, type Calendar, type Weekday } from "../time/index.js";
import type { Uniform } from "../random/index.js";
import type { RateSegment } from "./rateProfile.js";

/**
 * A non-homogeneous Poisson process with a piecewise-constant rate, sampled by inverting its
 * cumulative rate: each arrival uses exactly one uniform (an Exp(1) amount of cumulative rate
 * is walked off segment by segment), so the stream is exact and its draws do not depend on
 * anything else in the model.
 */
export class PoissonArrivals {
  private day = 0;
  private segment = 0;
  private time = 0;
  /** The current day's segments, its start in seconds and its seasonal factor. */
  private segments: RateSegment[];
  private base = 0;
  private factor: number;

  constructor(
    private readonly calendar: Calendar,
    private readonly weekly: Record<Weekday, RateSegment[]>,
    private readonly uniform: Uniform,
    /** Multiplier of the rate on a given day (seasonality); 1 every day by default. */
    private readonly dayFactor: (day: number) => number = () => 1,
  ) {
    this.factor = dayFactor(0);
    this.segments = this.factor > 0 ? weekly[calendar.weekdayOfDay(0)] : [];
    this.constantFactor = Array.from({ length: 800 }, (_, d) => dayFactor(d)).every((f) => f === this.factor);
    this.weekTotal = this.constantFactor
      ? this.factor *
        Object.values(weekly).reduce(
          (sum, day) => sum + day.reduce((a, g) => a + (g.endSeconds - g.startSeconds) * g.ratePerSecond, 0),
          0,
        )
      : 0;
  }

  /** The same factor every day (no seasonality): whole weeks can be skipped. */
  private readonly constantFactor: boolean;
  /** Cumulative rate of one week (with a constant factor), else 0. */
  private readonly weekTotal: number;

  /**
   * The time in seconds of the next arrival, or Infinity when there is none before `limitSeconds`
   * (or the rate is zero all year). Whole weeks of a constant-factor rate are skipped at once, so
   * a tiny rate costs no more than a large one.
   */
  next(limitSeconds = Infinity): number {
    let need = -Math.log(1 - this.uniform());
    let emptyDays = 0;
    for (;;) {
      const segments = this.segments;
      if (this.segment >= segments.length) {
        emptyDays = segments.length === 0 ? emptyDays + 1 : 0;
        if (emptyDays > 400) return Infinity;
        if ((this.day + 1) * SECONDS_PER_DAY >= limitSeconds) return Infinity;
        if (this.weekTotal > 0 && need > 2 * this.weekTotal && this.constantFactor) {
          const weeks = Math.floor(need / this.weekTotal) - 1;
          // Past about 30 million years times lose their precision: there is no next arrival.
          if ((this.day + 7 * weeks) * SECONDS_PER_DAY > 1e15) return Infinity;
          need -= weeks * this.weekTotal;
          this.day += 7 * weeks;
        }
        this.day++;
        this.segment = 0;
        this.base = this.day * SECONDS_PER_DAY;
        this.time = this.base;
        this.factor = this.dayFactor(this.day);
        this.segments = this.factor > 0 ? this.weekly[this.calendar.weekdayOfDay(this.day)] : [];
        continue;
      }
      const seg = segments[this.segment]!;
      const base = this.base;
      const start = this.time > base + seg.startSeconds ? this.time : base + seg.startSeconds;
      const end = base + seg.endSeconds;
      const rate = seg.ratePerSecond * this.factor;
      const available = (end - start) * rate;
      if (available > need) {
        this.time = start + need / rate;
        return this.time;
      }
      need -= available;
      this.time = end;
      this.segment++;
    }
  }
}
