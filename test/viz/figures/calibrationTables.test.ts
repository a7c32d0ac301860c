import { describe, expect, it } from "vitest";
import { calibrationReport } from "../../../engine/results/index.js";
import { calibrationTables } from "../../../viz/figures/calibrationTables.js";
import { makeLocale } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";

const report = calibrationReport.parse(JSON.parse(fixture("calibration").text));

describe("calibrationTables(report, locale)", () => {
  it("heads every column in Russian for a Russian page (only the codes AIC, BIC and KS stay)", () => {
    for (const table of calibrationTables(report, makeLocale("ru"))) {
      for (const column of table.columns) {
        if (["AIC", "BIC", "KS"].includes(column)) continue;
        expect(column, `${table.name}: ${column}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it("writes the fitted parameters with the language's decimal sign", () => {
    const fits = (lang: "en" | "ru") =>
      calibrationTables(report, makeLocale(lang))
        .find((t) => t.name === "calibration-fits")!
        .rows.map((r) => String(r[2]));
    const ru = fits("ru");
    const en = fits("en");
    expect(ru.length).toBeGreaterThan(0);
    expect(ru.some((p) => /\d,\d/.test(p))).toBe(true);
    expect(ru.every((p) => !/\d\.\d/.test(p))).toBe(true);
    expect(en.some((p) => /\d\.\d/.test(p))).toBe(true);
    // Four significant digits, whatever the size of the number.
    const values = report.serviceTimes.flatMap((s) => s.fit.fits.flatMap((f) => Object.values(f.parameters)));
    // A value below 1 with four significant digits shows all four (three decimals would cut one).
    const small = values.find((v) => /^0\.0*[1-9]\d{3}$/.test(String(Number(v.toPrecision(4)))))!;
    expect(small).toBeDefined();
    expect(en.join(" ")).toContain(String(Number(small.toPrecision(4))));
    // The same numbers either way: only the decimal sign differs.
    const numbers = (p: string) => (p.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(",", ".")));
    expect(ru.map(numbers)).toEqual(en.map(numbers));
  });

  it("says in Russian on a Russian page why an estimate was not written into the variant", () => {
    const reason = "deal value of retail: fewer than 5 deals";
    const rows = (lang: "en" | "ru") =>
      calibrationTables({ ...report, notWritten: [reason] }, makeLocale(lang))
        .find((t) => t.name === "calibration-variant")!
        .rows.filter((r) => r[0] === "")
        .map((r) => r[1]);
    expect(rows("ru")).toEqual(["сумма сделки retail: меньше 5 сделок"]);
    expect(rows("en")).toEqual([reason]);
  });
});
