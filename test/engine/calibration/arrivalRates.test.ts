import { describe, expect, it } from "vitest";
import { arrivalRates, observedDays } from "../../../engine/calibration/arrivalRates.js";
import { poissonInterval } from "../../../engine/calibration/poissonInterval.js";
import { parseTimestamp } from "../../../engine/calibration/timestamp.js";

const at = (text: string) => parseTimestamp(text)!;

describe("arrivalRates(arrivals, days, source, confidence)", () => {
  it("counts the days of each weekday from the first record's date to the last", () => {
    const days = observedDays([at("2024-01-01 10:00").day, at("2024-01-09 10:00").day]);
    expect(days.byWeekday).toEqual({ mon: 2, tue: 2, wed: 1, thu: 1, fri: 1, sat: 1, sun: 1 });
  });

  it("is the count over the hours observed: 3 calls at 09:xx over two Mondays is 3 an hour, with the exact interval", () => {
    const calls = ["2024-01-01 09:05", "2024-01-01 09:40", "2024-01-08 09:10", "2024-01-08 10:20"].map((t) => ({
      channel: "call",
      segment: "retail",
      at: at(t),
    }));
    const days = observedDays(calls.map((c) => c.at.day));
    const [estimate] = arrivalRates(calls, days, "calls.csv", 0.95);
    expect(estimate!.perInterval.map((c) => [c.weekday, c.from, c.count, c.ratePerHour])).toEqual([
      ["mon", "09:00", 2, 2],
      ["mon", "09:30", 1, 1],
      ["mon", "10:00", 1, 1],
    ]);
    expect(estimate!.perInterval[0]!.interval).toEqual(poissonInterval(2, 1, 0.95));
    expect(estimate!.perDay.find((d) => d.weekday === "mon")).toMatchObject({ days: 2, count: 4, perDay: 2 });
    expect(estimate!.perDay.find((d) => d.weekday === "tue")).toMatchObject({ days: 1, count: 0, perDay: 0 });
  });

  it("keeps a quiet half hour inside the channel's day as an estimate of 0, for every segment", () => {
    const calls = [
      { channel: "call", segment: "retail", at: at("2024-01-01 09:05") },
      { channel: "call", segment: "wholesale", at: at("2024-01-01 10:05") },
    ];
    const estimates = arrivalRates(calls, observedDays([calls[0]!.at.day]), "calls.csv", 0.95);
    expect(estimates.map((e) => e.perInterval.map((c) => c.count))).toEqual([
      [1, 0, 0],
      [0, 0, 1],
    ]);
  });
});
