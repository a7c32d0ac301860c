import { describe, expect, it } from "vitest";
import { clockToSeconds, toSeconds } from "../../../engine/time/index.js";

describe("toSeconds", () => {
  it("reads numbers as seconds and strings with units", () => {
    expect(toSeconds(90)).toBe(90);
    expect(toSeconds("90 s")).toBe(90);
    expect(toSeconds("4 min")).toBe(240);
    expect(toSeconds("1.5h")).toBe(5400);
    expect(toSeconds("1h 30m")).toBe(5400);
    expect(toSeconds("2 days")).toBe(172800);
  });

  it("names what it expected and what it found", () => {
    expect(() => toSeconds("soon")).toThrow(/"90 s", "4 min".*found "soon"/);
    expect(() => toSeconds(-1)).toThrow(/>= 0, found -1/);
  });
});

describe("clockToSeconds", () => {
  it("reads HH:MM and refuses other forms", () => {
    expect(clockToSeconds("09:30")).toBe(34200);
    expect(clockToSeconds("24:00")).toBe(86400);
    expect(() => clockToSeconds("9:30")).toThrow(/HH:MM/);
  });
});
