import { describe, expect, it } from "vitest";
import { nextBusinessTime } from "../../../engine/model/businessTime.js";
import { buildModel } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";

describe("nextBusinessTime", () => {
  const spec = buildModel(company());
  const h = 3600;
  it("leaves a time inside opening hours as it is", () => {
    expect(nextBusinessTime(spec, 0, 10 * h)).toBe(10 * h);
  });
  it("moves a contact planned at night into the next opening, at the same relative place", () => {
    // Monday 18:00 to Tuesday 09:00 is closed (15 h); 21:45 is a quarter of the way through.
    const t = nextBusinessTime(spec, 0, 21.75 * h);
    expect(t).toBeCloseTo(24 * h + 9 * h + 0.25 * 9 * h, 6);
  });
  it("moves a weekend contact to Monday", () => {
    const saturdayNoon = 5 * 24 * h + 12 * h;
    const t = nextBusinessTime(spec, 0, saturdayNoon);
    expect(t).toBeGreaterThanOrEqual(7 * 24 * h + 9 * h);
    expect(t).toBeLessThan(7 * 24 * h + 18 * h);
  });
});
