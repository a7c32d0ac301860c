import { describe, expect, it } from "vitest";
import { csvCell, tableToCsv } from "../../../viz/figures/index.js";

describe("tableToCsv", () => {
  it("neutralises text cells a spreadsheet would run as formulas, with a leading single quote", () => {
    const csv = tableToCsv({
      name: "t",
      title: "t",
      columns: ["set-up", "=cmd"],
      rows: [
        ['=HYPERLINK("http://example.com","click")', 1],
        ["+1", "-2"],
        ["@SUM(A1)", "\tx"],
        ["\rx", "plain"],
      ],
    });
    expect(csv).toBe(
      [
        "set-up,'=cmd",
        `"'=HYPERLINK(""http://example.com"",""click"")",1`,
        "'+1,'-2",
        "'@SUM(A1),'\tx",
        `"'\rx",plain`,
        "",
      ].join("\n"),
    );
  });

  it("writes numbers, negative ones too, as numbers, and null as an empty cell", () => {
    expect(csvCell(-1.5)).toBe("-1.5");
    expect(csvCell(null)).toBe("");
    expect(tableToCsv({ name: "t", title: "t", columns: ["a", "b"], rows: [[-3, null]] })).toBe("a,b\n-3,\n");
  });
});
