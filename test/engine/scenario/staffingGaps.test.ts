import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildModel, describeStaffingGap, parseScenario, staffingGaps } from "../../../engine/scenario/index.js";
import type { Scenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";

const weekday = { open: "09:00", close: "18:00" };
const saturday = { open: "10:00", close: "16:00" };
const sixDays = { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: saturday };
const monToFri = ["mon", "tue", "wed", "thu", "fri"] as const;

const warnings = (s: Scenario) => staffingGaps(buildModel(s)).map(describeStaffingGap);

/** The test company open Monday to Saturday, with its pools changed by `pools`. */
function openOnSaturday(pools: (p: Scenario["pools"]) => Scenario["pools"]): Scenario {
  const base = company();
  return company({ calendar: { ...base.calendar, openingHours: sixDays }, pools: pools(base.pools) });
}

describe("staffingGaps(spec)", () => {
  it("names pool, weekday and hours when consultants work weekdays only and the shop opens on Saturday", () => {
    const s = openOnSaturday((pools) =>
      pools.map((p) =>
        p.name !== "consultants"
          ? p
          : {
              ...p,
              staff: [
                { name: "Rita", shift: { start: "09:00", end: "18:00", weekdays: [...monToFri], breaks: [] } },
                { name: "Roman", shift: { start: "09:00", end: "18:00", weekdays: [...monToFri], breaks: [] } },
              ],
            },
      ),
    );
    expect(warnings(s)).toEqual(['pool "consultants" receives clients but nobody is on shift on sat 10:00-16:00']);
    expect(staffingGaps(buildModel(s))).toEqual([
      { pool: "consultants", weekday: "sat", fromSeconds: 36000, toSeconds: 57600 },
    ]);
  });

  it("gives every open day's hours for a pool with an empty staff list", () => {
    const s = openOnSaturday((pools) => pools.map((p) => (p.name === "closers" ? { ...p, staff: [] } : p)));
    expect(warnings(s)).toEqual([
      ...monToFri.map((d) => `pool "closers" receives clients but nobody is on shift on ${d} 09:00-18:00`),
      'pool "closers" receives clients but nobody is on shift on sat 10:00-16:00',
    ]);
  });

  it("finds shifts that start after opening or end before closing, and the hole between two shifts", () => {
    const s = company({
      pools: company().pools.map((p) =>
        p.name !== "closers"
          ? p
          : {
              ...p,
              staff: [
                { name: "Early", shift: { start: "08:00", end: "12:00", breaks: [] } },
                { name: "Late", shift: { start: "13:00", end: "17:00", breaks: [] } },
              ],
            },
      ),
    });
    const mondays = staffingGaps(buildModel(s)).filter((g) => g.weekday === "mon");
    expect(mondays.map(describeStaffingGap)).toEqual([
      'pool "closers" receives clients but nobody is on shift on mon 12:00-13:00',
      'pool "closers" receives clients but nobody is on shift on mon 17:00-18:00',
    ]);
  });

  it("leaves out breaks, even when every member of the pool is on a break at once", () => {
    const s = company({
      pools: company().pools.map((p) =>
        p.name !== "closers"
          ? p
          : {
              ...p,
              staff: [
                {
                  name: "Anton",
                  shift: { start: "09:00", end: "18:00", breaks: [{ start: "13:00", duration: "1 h" }] },
                },
              ],
            },
      ),
    });
    expect(warnings(s)).toEqual([]);
  });

  it("reads a roster's stretches per weekday", () => {
    const s = company({
      pools: company().pools.map((p) =>
        p.name !== "closers"
          ? p
          : { ...p, staff: { byInterval: { "09:00": 1, "18:00": 0 }, byWeekday: { fri: { "09:00": 1, "15:00": 0 } } } },
      ),
    });
    expect(warnings(s)).toEqual(['pool "closers" receives clients but nobody is on shift on fri 15:00-18:00']);
  });

  it("warns only within a routing rule's time window, and not for a pool that receives no clients", () => {
    const s = company({
      routing: [
        { match: { channel: "call", time: { from: "09:00", to: "12:00" } }, pool: "closers" },
        ...company().routing.filter((r) => r.pool !== "closers"),
      ],
      pools: company().pools.map((p) =>
        p.name === "closers"
          ? { ...p, staff: [{ name: "Anton", shift: { start: "10:00", end: "18:00", breaks: [] } }] }
          : p,
      ),
    });
    expect(warnings(s)).toEqual(
      monToFri.map((d) => `pool "closers" receives clients but nobody is on shift on ${d} 09:00-10:00`),
    );
    const idle = company({
      routing: company().routing.filter((r) => r.pool !== "closers"),
      pools: company().pools.map((p) => (p.name === "closers" ? { ...p, staff: [] } : p)),
    });
    expect(warnings(idle)).toEqual([]);
  });

  it("counts a cashier pool of a deal as receiving clients", () => {
    const base = company();
    const s = company({
      segments: base.segments.map((g) =>
        g.name === "retail" && g.deal
          ? { ...g, deal: { ...g.deal, cashier: { pool: "cashiers", time: { kind: "deterministic", value: 60 } } } }
          : g,
      ),
      pools: [...base.pools, { name: "cashiers", department: "retail", staff: 0 }],
    });
    expect(warnings(s)).toEqual(
      monToFri.map((d) => `pool "cashiers" receives clients but nobody is on shift on ${d} 09:00-18:00`),
    );
  });

  it("covers the whole day when the calendar is always open and staff have no shift", () => {
    const s = company({ calendar: { ...company().calendar, openingHours: "always" } });
    expect(warnings(s)).toEqual([]);
  });

  it("finds in the shipped default company only the closing managers' Saturday, which no callback reaches", () => {
    const s = parseScenario(JSON.parse(readFileSync("scenarios/default.json", "utf8")));
    expect(warnings(s)).toEqual(['pool "closers" receives clients but nobody is on shift on sat 10:00-16:00']);
  });
});
