import { describe, expect, it } from "vitest";
import { shiftPlanText } from "../../../../engine/node/cli/shiftPlanText.js";
import type { Scenario } from "../../../../engine/scenario/index.js";
import { SHIFT_METHOD, type ShiftStaffingResult } from "../../../../engine/staffing/index.js";

/** A plan in whole shifts for one pool on Monday, its money in `currency`. */
function plan(currency: string): ShiftStaffingResult {
  const day = {
    weekday: "mon" as const,
    shifts: [{ shift: "09:00-18:00", people: 3 }],
    people: 3,
    paidHours: 27,
    wages: 11_210,
    current: { people: 2, paidHours: 18, wages: 7_500 },
    intervals: [],
  };
  return {
    mode: "profit",
    shifts: true,
    scenario: { currency } as Scenario,
    evaluations: 12,
    method: SHIFT_METHOD,
    pools: [
      {
        pool: "closers",
        handleSeconds: 600,
        hourlyCost: 415,
        intervals: [],
        staffHoursPerDay: 27,
        wagesPerDay: 11_210,
        days: [day],
        week: {
          people: 3,
          paidHours: 27,
          wages: 11_210,
          overtimeHours: 1.5,
          overtimeCost: 934,
          current: { people: 2, paidHours: 18, wages: 7_500, overtimeHours: 4, overtimeCost: 2_490 },
        },
        roster: [],
      },
    ],
    check: {
      seed: "check",
      replications: 2,
      profitPerDay: 1_372_357,
      intervalsMeetingTargets: 18,
      intervals: 18,
      current: { profitPerDay: 1_290_001, intervalsMeetingTargets: 12, intervals: 18 },
    },
  };
}

describe("shiftPlanText", () => {
  it("writes every amount of money with the currency's sign in English: wages, hourly cost, overtime, profit", () => {
    const text = shiftPlanText(plan("RUB"), "en");
    expect(text).toMatch(/^Pool "closers" \(handling time 600 s, 415 ₽ an hour\)$/m);
    expect(text).toMatch(/^mon +3x 09:00-18:00 +3 +27\.0 +11,210 ₽ +2 +18\.0 +7,500 ₽ +\+9\.0 +\+3,710 ₽$/m);
    expect(text).toMatch(
      /^Overtime per week \(measured on the final seeds\): 1\.5 h costing 934 ₽; now 4\.0 h costing 2,490 ₽$/m,
    );
    expect(text).toMatch(/; profit 1,372,357 ₽ per day, now 1,290,001 ₽$/m);
  });

  it("writes them with the sign in Russian too, and a negative difference with its sign", () => {
    const p = plan("RUB");
    p.pools[0]!.days[0]!.wages = 5_000;
    const text = shiftPlanText(p, "ru").replace(/\u00a0/g, " ");
    expect(text).toMatch(/^Пул «closers» \(время обслуживания 600 с, 415 ₽ в час\)$/m);
    expect(text).toMatch(/^пн +3 × 09:00-18:00 +3 +27,0 +5 000 ₽ +2 +18,0 +7 500 ₽ +\+9,0 +-2 500 ₽$/m);
    expect(text).toMatch(
      /^Переработка за неделю \(измерена на итоговых зёрнах\): 1,5 ч, оплата 934 ₽; сейчас 4,0 ч, оплата 2 490 ₽$/m,
    );
    expect(text).toMatch(/; прибыль 1 372 357 ₽ в день, сейчас 1 290 001 ₽$/m);
  });

  it("writes the scenario's own currency, not always roubles", () => {
    expect(shiftPlanText(plan("KZT"), "ru")).toMatch(/прибыль 1\u00a0372\u00a0357 ₸ в день/);
  });
});
