import { pairedDifference } from "../experiment/pairedComparison.js";
import type { MetricValue, ReplicationRow } from "../results/index.js";
import type { Scenario } from "../scenario/index.js";
import type { Weekday } from "../time/index.js";
import { bestPattern, coverShortfall } from "./coverShortfall.js";
import { currentRoster, openDays, patternRoster, type DayRoster } from "./dayRoster.js";
import { erlangStaff } from "./erlangStart.js";
import {
  dayClocks,
  meanOverReplications,
  meetsTargets,
  targetSelector,
  valueIn,
  type Evaluate,
  type PoolPlan,
  type StaffingResult,
} from "./optimiseStaffing.js";
import {
  patternHours,
  patternLabel,
  rosterMembers,
  shiftPatterns,
  type PatternCounts,
  type ShiftPattern,
} from "./shiftPatterns.js";
import type { Staffing } from "./staffingSchema.js";

/** Hours and pay of a roster: per week (the scenario's week) or per weekday. */
export interface RosterCost {
  people: number;
  paidHours: number;
  wages: number;
}

/** Overtime measured on the final seeds, per week (7 x the mean per day). */
export interface OvertimeCost {
  overtimeHours: number;
  overtimeCost: number;
}

/** One weekday of a pool in the shift plan, beside the current roster. */
export interface ShiftDayPlan extends RosterCost {
  weekday: Weekday;
  /** People per shift worked that day ("09:00-18:00"). */
  shifts: { shift: string; people: number }[];
  current: RosterCost;
  intervals: {
    interval: string;
    arrivalsPerDay: number;
    /** The Erlang C staff the search started from. */
    erlang: number;
    /** People on duty for the whole interval (breaks not taken off). */
    current: number;
    recommended: number;
    /** Targets met on the final seeds by the recommended roster (true where nobody arrives). */
    meetsTargets: boolean;
  }[];
}

/** A pool's shift plan: per weekday, per week, and the roster as the scenario states staff. */
export interface ShiftPoolPlan extends PoolPlan {
  hourlyCost: number;
  days: ShiftDayPlan[];
  week: RosterCost & OvertimeCost & { current: RosterCost & OvertimeCost };
  roster: Extract<Scenario["pools"][number]["staff"], unknown[]>;
}

export interface ShiftStaffingResult extends StaffingResult {
  shifts: true;
  pools: ShiftPoolPlan[];
  check: StaffingResult["check"] & {
    current: { profitPerDay: number | null; intervalsMeetingTargets: number; intervals: number };
  };
}

export const SHIFT_METHOD =
  "Whole shifts, per weekday, all pools in one simulation per candidate (blending shares work): (1) a run of the scenario as it is gives each pool's arrivals per weekday and interval " +
  "and its handling time; (2) the Erlang C staff of each interval is covered greedily by whole shifts (the shift that covers most intervals still short, the shorter on a tie); " +
  "(3) in targets mode, every pool and weekday with an interval that misses a target (over the replications, common random numbers, with the one-sided confidence `confidence`: the mean beyond the target by t standard errors) gets one person on the shift that covers most " +
  "failing intervals, until all meet them (a person who does not lower the failing intervals is taken back and that pool's weekday left: the target is out of the staff's reach there); " +
  "then, longest shifts first, one person fewer on a shift on every weekday at once, kept on each weekday where no more intervals (all pools) fail than before; " +
  "in profit mode, one more or one fewer on a shift on every weekday is kept when profit per day minus the overtime premium rises significantly (95% interval of the paired differences above zero); " +
  "(4) in targets mode, weekdays that miss a target on fresh seeds (checkSeed) get one more person until they meet it there (with the same confidence); (5) the recommended and the current rosters are run once more " +
  'on seeds used for nothing else ("<checkSeed>|final") and reported as measured there (a target met: by the mean).';

interface PoolState {
  pool: string;
  patterns: ShiftPattern[];
  days: Weekday[];
  hourlyCost: number;
  role: string | undefined;
  handleSeconds: number;
  /** Arrivals per day by weekday and interval, and the Erlang staff. */
  arrivals: Partial<Record<Weekday, number[]>>;
  erlang: Partial<Record<Weekday, number[]>>;
  counts: PatternCounts;
}

/**
 * Finds how many people work each allowed shift on each weekday, for the pools with shift rules,
 * by the method in SHIFT_METHOD. Returns the roster, its hours and wages beside the current
 * roster's, and both measured on fresh seeds.
 */
export async function optimiseShifts(
  base: Scenario,
  staffing: Staffing,
  seed: string,
  evaluate: Evaluate,
): Promise<ShiftStaffingResult> {
  const rules = staffing.shifts ?? {};
  const scenario0: Scenario = { ...base, reportPoolIntervals: true };
  const intervalSeconds = base.calendar.intervalMinutes * 60;
  const clocks = dayClocks(intervalSeconds);
  let evaluations = 0;
  const run = async (s: Scenario, reps = staffing.replications, withSeed = seed) => {
    evaluations++;
    return evaluate(s, withSeed, reps);
  };
  const mean = meanOverReplications;
  // The search holds each interval to the targets with confidence; the final check takes the mean.
  const meets = (rows: ReplicationRow[][], pool: string, weekday: Weekday, k: number): boolean =>
    meetsTargets(staffing.targets, rows, pool, clocks[k]!, { weekday, confidence: staffing.confidence });
  const meetsOnMean = (rows: ReplicationRow[][], pool: string, weekday: Weekday, k: number): boolean =>
    meetsTargets(staffing.targets, rows, pool, clocks[k]!, { weekday });

  const baseline = await run(scenario0);
  const states: PoolState[] = staffing.pools.map((pool) => {
    const rule = rules[pool]!;
    const p = base.pools.find((x) => x.name === pool);
    const first =
      p === undefined || typeof p.staff === "number" ? undefined : Array.isArray(p.staff) ? p.staff[0] : p.staff;
    const busy = mean(baseline, { scope: "pool", subject: pool, measure: "meanBusy" }) ?? 0;
    const windowSeconds = mean(baseline, { scope: "window", measure: "seconds" }) ?? 0;
    const served = mean(baseline, { scope: "pool", subject: pool, measure: "served" }) ?? 0;
    const handleSeconds = served > 0 ? (busy * windowSeconds) / served : 0;
    const patterns = shiftPatterns(rule);
    const days = rule.weekdays ?? openDays(base);
    const state: PoolState = {
      pool,
      patterns,
      days,
      hourlyCost: rule.hourlyCost ?? first?.hourlyCost ?? 0,
      role: first?.role,
      handleSeconds,
      arrivals: {},
      erlang: {},
      counts: {},
    };
    for (const day of days) {
      const arrivals = clocks.map(
        (clock) => mean(baseline, { scope: "poolInterval", pool, subject: day, clock, measure: "arrivalsPerDay" }) ?? 0,
      );
      const erlang = arrivals.map((a) => erlangStaff(a / intervalSeconds, handleSeconds, staffing, pool));
      state.arrivals[day] = arrivals;
      state.erlang[day] = erlang;
      state.counts[day] = coverShortfall(patterns, erlang, intervalSeconds, staffing.maxStaff);
    }
    return state;
  });

  const withRosters = (counts: PatternCounts[]): Scenario => ({
    ...scenario0,
    pools: scenario0.pools.map((p) => {
      const i = states.findIndex((s) => s.pool === p.name);
      if (i < 0) return p;
      const s = states[i]!;
      return { ...p, staff: rosterMembers(s.pool, s.patterns, counts[i]!, s.hourlyCost, s.role, intervalSeconds) };
    }),
  });
  const current = (): PatternCounts[] => states.map((s) => s.counts);
  const people = (s: PoolState, day: Weekday, counts = s.counts) => (counts[day] ?? []).reduce((a, n) => a + n, 0);
  /** The intervals of a pool's weekday with arrivals that miss a target (1) or not (0). */
  const failing = (rows: ReplicationRow[][], s: PoolState, day: Weekday): number[] =>
    clocks.map((_, k) => ((s.arrivals[day]?.[k] ?? 0) > 0 && !meets(rows, s.pool, day, k) ? 1 : 0));

  const count = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  /**
   * Adds people where targets fail until they hold, no shift helps, or a person more did not
   * lower the failing intervals of that pool and weekday (a target out of the staff's reach, e.g.
   * a wait that is not for staff): that person is taken back and the pool's weekday left as it is.
   */
  const grow = async (reps: number, withSeed: string): Promise<void> => {
    const added = new Map<string, { s: PoolState; day: Weekday; j: number; fails: number }>();
    const stuck = new Set<string>();
    for (let round = 0; round < staffing.maxRounds; round++) {
      const rows = await run(withRosters(current()), reps, withSeed);
      let grew = false;
      for (const s of states)
        for (const day of s.days) {
          const key = `${s.pool}|${day}`;
          const short = failing(rows, s, day);
          const last = added.get(key);
          added.delete(key);
          if (last !== undefined && count(short) >= last.fails) {
            s.counts[day]![last.j]!--;
            stuck.add(key);
          }
          if (stuck.has(key) || count(short) === 0 || people(s, day) >= staffing.maxStaff) continue;
          const j = bestPattern(s.patterns, short, intervalSeconds);
          if (j < 0) continue;
          s.counts[day]![j]!++;
          added.set(key, { s, day, j, fails: count(short) });
          grew = true;
        }
      if (!grew) return;
    }
  };
  /** Failing intervals of every pool on a weekday. */
  const dayFails = (rows: ReplicationRow[][], day: Weekday): number =>
    states.reduce((a, s) => a + (s.days.includes(day) ? count(failing(rows, s, day)) : 0), 0);

  if (staffing.mode === "targets") {
    await grow(staffing.replications, seed);
    // Trim: one fewer on a shift on every weekday at once, kept where that weekday fails no more
    // intervals than before (all pools).
    const reference = await run(withRosters(current()));
    const fails = new Map<Weekday, number>();
    for (const s of states) for (const day of s.days) fails.set(day, dayFails(reference, day));
    for (const s of states) {
      const order = s.patterns
        .map((_, j) => j)
        .sort((a, b) => patternHours(s.patterns[b]!) - patternHours(s.patterns[a]!) || a - b);
      for (const j of order) {
        for (let round = 0; round < staffing.maxRounds; round++) {
          const trial = { ...s.counts };
          const removed: Weekday[] = [];
          for (const day of s.days) {
            if ((s.counts[day]![j] ?? 0) === 0) continue;
            trial[day] = s.counts[day]!.slice();
            trial[day]![j]!--;
            removed.push(day);
          }
          if (removed.length === 0) break;
          const rows = await run(withRosters(states.map((x) => (x === s ? trial : x.counts))));
          const kept = removed.filter((day) => dayFails(rows, day) <= fails.get(day)!);
          for (const day of kept) {
            s.counts[day]![j]!--;
            fails.set(day, dayFails(rows, day));
          }
          if (kept.length === 0) break;
        }
      }
    }
  } else {
    const premiumShare = 1 - 1 / (base.money.overtimeFactor ?? 1.5);
    const objective = (rows: ReplicationRow[][]): MetricValue[] =>
      rows.map((r) => {
        const profit = valueIn(r, { scope: "money", measure: "profitPerDay" });
        const overtime = valueIn(r, { scope: "money", measure: "overtimeCostPerDay" }) ?? 0;
        return profit === null ? null : profit - overtime * premiumShare;
      });
    let best = objective(await run(withRosters(current())));
    for (let round = 0; round < staffing.maxRounds; round++) {
      let improved = false;
      for (const s of states)
        for (let j = 0; j < s.patterns.length; j++)
          for (const step of [1, -1]) {
            const trial: PatternCounts = { ...s.counts };
            let changed = false;
            for (const day of s.days) {
              const n = s.counts[day]![j]!;
              if (n + step < 0 || (step > 0 && people(s, day) >= staffing.maxStaff)) continue;
              trial[day] = s.counts[day]!.slice();
              trial[day]![j] = n + step;
              changed = true;
            }
            if (!changed) continue;
            const candidate = objective(await run(withRosters(states.map((x) => (x === s ? trial : x.counts)))));
            const d = pairedDifference(candidate, best);
            if (d === null || !(d.ci95[0] > 0)) continue;
            s.counts = trial;
            best = candidate;
            improved = true;
            break;
          }
      if (!improved) break;
    }
  }
  // The best of many noisy candidates looks better than it is: fresh seeds, then a third set for the report.
  if (staffing.mode === "targets") await grow(staffing.checkReplications, staffing.checkSeed);

  const scenario = withRosters(current());
  const verifySeed = `${staffing.checkSeed}|final`;
  const check = await run(scenario, staffing.checkReplications, verifySeed);
  const checkCurrent = await run(scenario0, staffing.checkReplications, verifySeed);
  const tally = (rows: ReplicationRow[][]) => {
    let intervals = 0;
    let meeting = 0;
    for (const s of states)
      for (const day of s.days)
        clocks.forEach((_, k) => {
          if ((s.arrivals[day]?.[k] ?? 0) === 0) return;
          intervals++;
          if (meetsOnMean(rows, s.pool, day, k)) meeting++;
        });
    return { intervals, meeting };
  };
  const overtimeOf = (rows: ReplicationRow[][], pool: string): OvertimeCost => ({
    overtimeHours: 7 * (mean(rows, { scope: "pool", subject: pool, measure: "overtimeHoursPerDay" }) ?? 0),
    overtimeCost: 7 * (mean(rows, { scope: "pool", subject: pool, measure: "overtimeCostPerDay" }) ?? 0),
  });

  const pools: ShiftPoolPlan[] = states.map((s) => {
    const recommended = patternRoster(s.patterns, s.counts, intervalSeconds);
    const now = currentRoster(base, s.pool, intervalSeconds);
    const currentCost = (r: DayRoster, hourly: number): RosterCost => ({
      people: r.people,
      paidHours: r.paidHours,
      wages: r.paidHours * hourly,
    });
    const currentHourly = (() => {
      const p = base.pools.find((x) => x.name === s.pool);
      if (p === undefined || typeof p.staff === "number") return 0;
      const list = Array.isArray(p.staff) ? p.staff : [p.staff];
      return list[0]?.hourlyCost ?? 0;
    })();
    const days: ShiftDayPlan[] = s.days.map((day) => ({
      weekday: day,
      shifts: s.patterns
        .map((p, j) => ({ shift: patternLabel(p), people: s.counts[day]![j]! }))
        .filter((x) => x.people > 0),
      ...currentCost(recommended[day], s.hourlyCost),
      current: currentCost(now[day], currentHourly),
      intervals: clocks.map((clock, k) => ({
        interval: clock,
        arrivalsPerDay: s.arrivals[day]![k]!,
        erlang: s.erlang[day]![k]!,
        current: now[day].onDuty[k]!,
        recommended: recommended[day].onDuty[k]!,
        meetsTargets: s.arrivals[day]![k]! === 0 || meetsOnMean(check, s.pool, day, k),
      })),
    }));
    const roster = rosterMembers(s.pool, s.patterns, s.counts, s.hourlyCost, s.role, intervalSeconds);
    const sum = (f: (d: ShiftDayPlan) => number) => days.reduce((a, d) => a + f(d), 0);
    const week = {
      people: roster.length,
      paidHours: sum((d) => d.paidHours),
      wages: sum((d) => d.wages),
      ...overtimeOf(check, s.pool),
      current: {
        people: currentPeople(base, s.pool),
        paidHours: sum((d) => d.current.paidHours),
        wages: sum((d) => d.current.wages),
        ...overtimeOf(checkCurrent, s.pool),
      },
    };
    const openCount = Math.max(1, days.length);
    return {
      pool: s.pool,
      handleSeconds: s.handleSeconds,
      hourlyCost: s.hourlyCost,
      staffHoursPerDay: week.paidHours / openCount,
      wagesPerDay: week.wages / openCount,
      intervals: clocks.map((clock, k) => {
        const checked: Record<string, number | null> = {};
        for (const t of staffing.targets)
          if (t.pool === undefined || t.pool === s.pool)
            checked[t.metric] = mean(check, targetSelector(s.pool, clock, t.metric));
        return {
          interval: clock,
          staff: Math.max(0, ...days.map((d) => d.intervals[k]!.recommended)),
          erlangStart: Math.max(0, ...days.map((d) => d.intervals[k]!.erlang)),
          arrivalsPerDay: sum((d) => d.intervals[k]!.arrivalsPerDay) / openCount,
          checked,
          meetsTargets: days.every((d) => d.intervals[k]!.meetsTargets),
        };
      }),
      days,
      week,
      roster,
    };
  });
  const recommendedTally = tally(check);
  const currentTally = tally(checkCurrent);
  return {
    mode: staffing.mode,
    shifts: true,
    pools,
    scenario,
    evaluations,
    check: {
      seed: verifySeed,
      replications: staffing.checkReplications,
      profitPerDay: mean(check, { scope: "money", measure: "profitPerDay" }),
      intervalsMeetingTargets: recommendedTally.meeting,
      intervals: recommendedTally.intervals,
      current: {
        profitPerDay: mean(checkCurrent, { scope: "money", measure: "profitPerDay" }),
        intervalsMeetingTargets: currentTally.meeting,
        intervals: currentTally.intervals,
      },
    },
    method: SHIFT_METHOD,
  };
}

/** The people of a pool as the scenario states them. */
function currentPeople(base: Scenario, pool: string): number {
  const p = base.pools.find((x) => x.name === pool);
  if (p === undefined) return 0;
  if (typeof p.staff === "number") return p.staff;
  if (Array.isArray(p.staff)) return p.staff.length;
  return Math.max(
    0,
    ...Object.values(p.staff.byInterval),
    ...Object.values(p.staff.byWeekday).flatMap((c) => Object.values(c ?? {})),
  );
}
