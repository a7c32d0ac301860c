import { describe, expect, it } from "vitest";
import { PoissonArrivals, buildWeeklyProfile } from "../../../engine/arrivals/index.js";
import { namedStream } from "../../../engine/random/index.js";
import { Calendar, type OpeningHours, type Weekday } from "../../../engine/time/index.js";

const nineToSix: OpeningHours = { openSeconds: 9 * 3600, closeSeconds: 18 * 3600 };
const calendar = new Calendar({
  intervalSeconds: 3600,
  startWeekday: "mon",
  openingHours: {
    mon: nineToSix,
    tue: nineToSix,
    wed: nineToSix,
    thu: nineToSix,
    fri: nineToSix,
    sat: null,
    sun: null,
  } as Record<Weekday, OpeningHours | null>,
});

describe("PoissonArrivals", () => {
  it("follows the stated rate per hour step, weekday factor and opening hours", () => {
    const weekly = buildWeeklyProfile(calendar, { "09:00": 10, "12:00": 30 }, { fri: 2 });
    const p = new PoissonArrivals(calendar, weekly, namedStream("a", 1, "x"));
    const counts = new Map<string, number>();
    const weeks = 200;
    for (;;) {
      const t = p.next();
      if (t >= weeks * 7 * 86400) break;
      const day = calendar.dayOf(t);
      const hour = calendar.intervalOfDay(t);
      expect(calendar.isOpen(t)).toBe(true);
      const key = `${calendar.weekdayOfDay(day)}-${hour < 12 ? "am" : "pm"}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const expectNear = (key: string, expected: number) => {
      const got = counts.get(key) ?? 0;
      expect(Math.abs(got - expected)).toBeLessThan(4 * Math.sqrt(expected));
    };
    expectNear("mon-am", 3 * 10 * weeks);
    expectNear("mon-pm", 6 * 30 * weeks);
    expectNear("fri-pm", 6 * 60 * weeks);
    expect(counts.get("sat-am") ?? 0).toBe(0);
  });

  it("uses a weekday's own profile where one is given", () => {
    const weekly = buildWeeklyProfile(calendar, 10, {}, { wed: { "09:00": 0, "15:00": 40 } });
    expect(weekly.wed).toEqual([{ startSeconds: 15 * 3600, endSeconds: 18 * 3600, ratePerSecond: 40 / 3600 }]);
    expect(weekly.tue).toEqual([{ startSeconds: 9 * 3600, endSeconds: 18 * 3600, ratePerSecond: 10 / 3600 }]);
  });

  it("never arrives when the rate is zero all week", () => {
    const weekly = buildWeeklyProfile(calendar, 0, {});
    expect(new PoissonArrivals(calendar, weekly, namedStream("a", 1, "x")).next()).toBe(Infinity);
  });
});

describe("PoissonArrivals with a tiny rate", () => {
  it("returns at once: Infinity before a limit, or when the next arrival lies ages ahead", () => {
    const weekly = buildWeeklyProfile(calendar, 1e-120, {});
    expect(new PoissonArrivals(calendar, weekly, namedStream("a", 1, "x")).next(30 * 86400)).toBe(Infinity);
    expect(new PoissonArrivals(calendar, weekly, namedStream("a", 1, "x")).next()).toBe(Infinity);
  });

  it("skips whole weeks exactly: a rate of one a week still arrives inside opening hours", () => {
    const weekly = buildWeeklyProfile(calendar, 1 / 45, {});
    const p = new PoissonArrivals(calendar, weekly, namedStream("a", 1, "w"));
    let last = 0;
    for (let i = 0; i < 200; i++) {
      const t = p.next();
      expect(t).toBeGreaterThan(last);
      expect(calendar.isOpen(t)).toBe(true);
      last = t;
    }
    // 200 arrivals at about one per week.
    expect(last / (7 * 86400)).toBeGreaterThan(150);
    expect(last / (7 * 86400)).toBeLessThan(250);
  });
});
