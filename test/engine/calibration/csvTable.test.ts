import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../engine/calibration/csvTable.js";

describe("parseCsv(text, file)", () => {
  it("finds the separator from the header: commas, semicolons or tabs", () => {
    expect(parseCsv("a,b\n1,2\n", "f.csv").rows[0]!.cells).toEqual(["1", "2"]);
    expect(parseCsv("a;b\n1,5;2\n", "f.csv").rows[0]!.cells).toEqual(["1,5", "2"]);
    expect(parseCsv("a\tb\n1\t2\n", "f.csv").header).toEqual(["a", "b"]);
  });

  it("keeps each row's number in the file (the header is row 1) and skips blank rows", () => {
    const t = parseCsv('\ufeffa,b\n1,2\n\n"x, y",3\n', "f.csv");
    expect(t.rows).toEqual([
      { row: 2, cells: ["1", "2"] },
      { row: 4, cells: ["x, y", "3"] },
    ]);
  });

  it("refuses a file without a header, naming the file", () => {
    expect(() => parseCsv("\n1,2\n", "calls.csv")).toThrow(/^calls\.csv: a header line/);
  });
});
