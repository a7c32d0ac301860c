import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { valueOf } from "../../../engine/results/index.js";
import { company } from "../../helpers/company.js";

describe("a break due at the end of a shift", () => {
  /** Two consultants kept busy by walk-ins, on 12-hour shifts (08:00-20:00), a break due 10 minutes before the end. */
  function lateBreak() {
    const base = JSON.parse(JSON.stringify(company()));
    base.calendar.openingHours = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, { open: "08:00", close: "20:00" }]),
    );
    const shift = { start: "08:00", end: "20:00", breaks: [{ start: "19:50", duration: "45 min" }] };
    base.pools[1].staff = base.pools[1].staff.map((s: object) => ({ ...s, shift }));
    base.arrivals[4].ratePerHour = 30;
    delete base.arrivals[4].balking;
    base.calendar.atClosing = "lose-waiting";
    return parseScenario(base);
  }

  it("is dropped: the shift end wins and nobody stays on shift past it but to finish a client", () => {
    const v = runReplication(buildModel(lateBreak()), "breaks", 1).values;
    const days = 5; // five weekdays in the observed days 3-9 of a Monday start
    for (const name of ["Rita", "Roman"]) {
      const hours = valueOf(v, { scope: "person", pool: "consultants", subject: name, measure: "hoursOnShift" })!;
      expect(hours).toBeGreaterThan(days * 11);
      // A client in hand may keep them a few minutes, never the hours to the next shift.
      expect(hours).toBeLessThanOrEqual(days * 12.5);
    }
  });
});
