import { describe, expect, it } from "vitest";
import { parseNumber, parseSeconds } from "../../../engine/calibration/numbers.js";

describe("parseNumber(text) and parseSeconds(text)", () => {
  it("read decimal points, decimal commas and spaces between thousands", () => {
    expect(parseNumber("12.5")).toBe(12.5);
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber("12 500,00")).toBe(12500);
    expect(parseNumber("12\u00a0500")).toBe(12500);
    expect(parseNumber("-3")).toBe(-3);
  });

  it("refuse what is not a number", () => {
    for (const bad of ["", "abc", "1,2,3", "12.5.1", "1e999"]) expect(parseNumber(bad), bad).toBeNull();
  });

  it("read durations as seconds or as MM:SS and HH:MM:SS clock readings", () => {
    expect(parseSeconds("75")).toBe(75);
    expect(parseSeconds("01:15")).toBe(75);
    expect(parseSeconds("1:01:15")).toBe(3675);
    expect(parseSeconds("-0:05")).toBe(-5);
    expect(parseSeconds("1:75")).toBeNull();
  });
});
