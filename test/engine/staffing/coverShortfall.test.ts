import { describe, expect, it } from "vitest";
import {
  coverShortfall,
  shiftPatterns,
  shiftRuleSchema,
  patternLabel,
  rosterMembers,
} from "../../../engine/staffing/index.js";

const HALF_HOUR = 1800;
/** Needed people per half hour of a day: `n` from 09:00 to 19:00, none otherwise. */
const flat = (n: number) => Array.from({ length: 48 }, (_, k) => (k >= 18 && k < 38 ? n : 0));

describe("shiftPatterns(rule)", () => {
  it("lists every allowed start with every length from min to max that ends by midnight", () => {
    const p = shiftPatterns(shiftRuleSchema.parse({ starts: ["09:00", "20:00"], minHours: 4, maxHours: 6 }));
    expect(p.map(patternLabel)).toEqual(["09:00-13:00", "09:00-14:00", "09:00-15:00", "20:00-24:00"]);
  });

  it("gives a break only to shifts it fits in and that are long enough for it", () => {
    const p = shiftPatterns(
      shiftRuleSchema.parse({
        starts: ["09:00"],
        minHours: 4,
        maxHours: 8,
        stepHours: 4,
        breaks: [{ duration: "45 min", earliest: "3 h", latest: "5 h", forShiftsOf: 6 }],
      }),
    );
    expect(p.map((x) => x.breaks.length)).toEqual([0, 1]);
    expect(p[1]!.breaks[0]).toEqual({ durationSeconds: 2700, earliestSeconds: 12 * 3600, latestSeconds: 14 * 3600 });
  });
});

describe("coverShortfall(patterns, needed)", () => {
  it("covers a constant need of k people over the day with k full-day shifts", () => {
    const patterns = shiftPatterns(
      shiftRuleSchema.parse({ starts: ["09:00", "10:00", "11:00"], minHours: 4, maxHours: 10 }),
    );
    const counts = coverShortfall(patterns, flat(3), HALF_HOUR, 30);
    const used = patterns.map((p, j) => [patternLabel(p), counts[j]]).filter(([, n]) => n !== 0);
    expect(used).toEqual([["09:00-19:00", 3]]);
  });

  it("staffs a peak with a short extra shift rather than alternating head counts", () => {
    const needed = flat(2).map((n, k) => (k >= 24 && k < 32 ? 3 : n)); // 3 from 12:00 to 16:00
    const patterns = shiftPatterns(shiftRuleSchema.parse({ starts: ["09:00", "12:00"], minHours: 4, maxHours: 10 }));
    const counts = coverShortfall(patterns, needed, HALF_HOUR, 30);
    const used = patterns.map((p, j) => [patternLabel(p), counts[j]]).filter(([, n]) => n !== 0);
    expect(used).toEqual([
      ["09:00-19:00", 2],
      ["12:00-16:00", 1],
    ]);
  });
});

describe("rosterMembers(...)", () => {
  it("gives person k of a shift the weekdays on which more than k work it, and spreads their breaks over the window", () => {
    const patterns = shiftPatterns(
      shiftRuleSchema.parse({
        starts: ["09:00"],
        minHours: 9,
        maxHours: 9,
        breaks: [{ duration: "45 min", earliest: "4 h", latest: "5 h" }],
      }),
    );
    const members = rosterMembers("ops", patterns, { mon: [2], sat: [1] }, 450, "operator", HALF_HOUR);
    expect(members.map((m) => m.shift!.weekdays)).toEqual([["mon", "sat"], ["mon"]]);
    expect(members.map((m) => m.shift!.breaks.map((b) => b.start))).toEqual([["13:00"], ["13:30"]]);
    expect(members.every((m) => m.shift!.start === "09:00" && m.shift!.end === "18:00" && m.hourlyCost === 450)).toBe(
      true,
    );
  });
});
