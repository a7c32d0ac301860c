import { describe, expect, it } from "vitest";
import { isoDate, parseTimestamp } from "../../../engine/calibration/timestamp.js";

describe("parseTimestamp(text)", () => {
  it("reads ISO times with a T or a space, with or without seconds", () => {
    expect(parseTimestamp("2024-03-04T09:15")).toEqual({ day: 19786, secondOfDay: 33300, weekday: "mon" });
    expect(parseTimestamp("2024-03-04 09:15:30")?.secondOfDay).toBe(33330);
    expect(isoDate(parseTimestamp("2024-03-04 09:15")!.day)).toBe("2024-03-04");
  });

  it('reads Russian exports "DD.MM.YYYY HH:MM" as the same moment', () => {
    expect(parseTimestamp("04.03.2024 09:15")).toEqual(parseTimestamp("2024-03-04 09:15"));
    expect(parseTimestamp("4.3.2024 9:15:00")).toEqual(parseTimestamp("2024-03-04 09:15"));
  });

  it("takes the clock as written and ignores a zone offset", () => {
    expect(parseTimestamp("2024-03-04T09:15:00+03:00")).toEqual(parseTimestamp("2024-03-04 09:15"));
  });

  it("knows the weekday of every day of a week", () => {
    const days = [1, 2, 3, 4, 5, 6, 7].map((d) => parseTimestamp(`2024-01-0${d} 12:00`)!.weekday);
    expect(days).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
  });

  it("refuses text that is not a real date and time", () => {
    for (const bad of [
      "",
      "yesterday",
      "2024-02-30 10:00",
      "31.04.2024 10:00",
      "2024-01-01 24:00",
      "2024-01-01",
      "01/02/2024 10:00",
    ]) {
      expect(parseTimestamp(bad), bad).toBeNull();
    }
  });
});

describe("isoDate and the day check, without a Date object", () => {
  it("agree with the calendar for every day from 1900 to 2100 and every 97th day from year 1 to 9999", () => {
    const days = [];
    for (let day = -25_567; day <= 47_847; day++) days.push(day);
    for (let day = -719_162; day <= 2_932_896; day += 97) days.push(day);
    for (const day of days) {
      const calendar = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoDate(day) !== calendar) expect(isoDate(day), `day ${day}`).toBe(calendar);
    }
  });

  it("refuse the 29th of February outside leap years, and take it in 2000 and 2024", () => {
    expect(parseTimestamp("2023-02-29 10:00")).toBeNull();
    expect(parseTimestamp("1900-02-29 10:00")).toBeNull();
    expect(parseTimestamp("2000-02-29 10:00")).not.toBeNull();
    expect(parseTimestamp("29.02.2024 10:00")).not.toBeNull();
    expect(parseTimestamp("2024-04-31 10:00")).toBeNull();
  });
});
