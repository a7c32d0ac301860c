import { pairedDifference } from "../experiment/pairedComparison.js";
import { RowIndex, type MetricValue, type ReplicationRow, type Selector } from "../results/index.js";
import type { Scenario } from "../scenario/index.js";
import { secondsToClock, SECONDS_PER_DAY, WEEKDAYS, type Weekday } from "../time/index.js";
import { estimateMean, studentTQuantile } from "../stats/index.js";
import { erlangStaff } from "./erlangStart.js";
import type { Staffing } from "./staffingSchema.js";

/** Runs R replications of a scenario (on workers or here) and returns each one's values. */
export type Evaluate = (scenario: Scenario, seed: string, replications: number) => Promise<ReplicationRow[][]>;

/**
 * The row of a staffing target of a pool in an interval: a per-contact measure such as
 * "pAbandon" or "meanWait", or a service level with its threshold ("slServed.20").
 */
export function targetSelector(pool: string, clock: string, metric: string): Selector {
  const place = { scope: "poolInterval", pool, clock } as const;
  const level = /^(slServed|slAnswered)\.(\d+(?:\.\d+)?)$/.exec(metric);
  if (level !== null)
    return {
      ...place,
      measure: level[1] as "slServed" | "slAnswered",
      breakdown: { kind: "threshold", value: Number(level[2]) },
    };
  return { ...place, measure: metric as Selector["measure"] };
}

/** The clocks of the intervals of a day ("00:00", "00:30", ...), for intervals of `intervalSeconds`. */
export function dayClocks(intervalSeconds: number): string[] {
  return Array.from({ length: SECONDS_PER_DAY / intervalSeconds }, (_, k) => secondsToClock(k * intervalSeconds));
}

/** The mean of a row over replications (null where no replication has a value). */
export function meanOverReplications(rows: readonly (readonly ReplicationRow[])[], key: Selector): number | null {
  const xs = rows.map((r) => valueIn(r, key)).filter((x): x is number => typeof x === "number");
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** The Student t quantiles of the margin, by level and degrees of freedom (a search asks for few). */
const tQuantiles = new Map<string, number>();
function marginT(confidence: number, df: number): number {
  const key = `${confidence}|${df}`;
  let t = tQuantiles.get(key);
  if (t === undefined) {
    t = confidence === 0.5 ? 0 : studentTQuantile(confidence, df);
    tQuantiles.set(key, t);
  }
  return t;
}

/** How a target is judged: on the rows of one weekday, and with what one-sided confidence. */
export interface TargetCheck {
  /** The rows of that weekday (default: the day as a whole). */
  weekday?: Weekday;
  /**
   * One-sided confidence (0.5 to below 1) that the target holds: a bound counts as met when
   * mean - t·se ≥ atLeast and mean + t·se ≤ atMost, with se the standard error over the
   * replications and t the Student t quantile at this level with n - 1 degrees of freedom.
   * 0.5 (the default): the mean alone.
   */
  confidence?: number;
}

/**
 * Whether a pool meets every target that applies to it in the interval at `clock`, judged as
 * `check` says (by default on the mean over the replications); a target with no contact there is met.
 */
export function meetsTargets(
  targets: Staffing["targets"],
  rows: readonly (readonly ReplicationRow[])[],
  pool: string,
  clock: string,
  check: TargetCheck = {},
): boolean {
  const { weekday, confidence = 0.5 } = check;
  if (!(confidence >= 0.5 && confidence < 1))
    throw new RangeError(`meetsTargets requires a confidence in [0.5, 1), got ${confidence}`);
  return targets.every((t) => {
    if (t.pool !== undefined && t.pool !== pool) return true;
    const key = targetSelector(pool, clock, t.metric);
    const selector = weekday === undefined ? key : { ...key, subject: weekday };
    const xs = rows.map((r) => valueIn(r, selector)).filter((x): x is number => typeof x === "number");
    if (xs.length === 0) return true;
    // The mean as meanOverReplications takes it, so that confidence 0.5 judges exactly as the mean alone.
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const margin = confidence === 0.5 || xs.length < 2 ? 0 : marginT(confidence, xs.length - 1) * estimateMean(xs).se;
    return (
      (t.atLeast === undefined || mean - margin >= t.atLeast) && (t.atMost === undefined || mean + margin <= t.atMost)
    );
  });
}

const indexes = new WeakMap<readonly ReplicationRow[], RowIndex<ReplicationRow>>();
/** The value of a row in one replication's rows (indexed once per replication). */
export function valueIn(rows: readonly ReplicationRow[], s: Selector): MetricValue {
  let index = indexes.get(rows);
  if (index === undefined) {
    index = new RowIndex(rows);
    indexes.set(rows, index);
  }
  return index.get(s)?.value ?? null;
}

export interface IntervalPlan {
  interval: string;
  staff: number;
  erlangStart: number;
  arrivalsPerDay: number;
  /** Mean over the re-check replications of each target metric (null: no contact then). */
  checked: Record<string, number | null>;
  meetsTargets: boolean;
}

export interface PoolPlan {
  pool: string;
  handleSeconds: number;
  intervals: IntervalPlan[];
  staffHoursPerDay: number;
  wagesPerDay: number;
}

export interface StaffingResult {
  mode: Staffing["mode"];
  pools: PoolPlan[];
  /** The scenario with the rosters found. */
  scenario: Scenario;
  /** Candidates simulated during the search. */
  evaluations: number;
  check: {
    seed: string;
    replications: number;
    profitPerDay: number | null;
    intervalsMeetingTargets: number;
    intervals: number;
  };
  method: string;
}

export const METHOD =
  "Per pool, in the order given: (1) a run of the scenario as it is gives each interval's arrival rate into the pool and the pool's handling time; " +
  "(2) the Erlang C staffing of each interval for those rates is the start; (3) in targets mode, intervals that miss a target (over the " +
  "replications, common random numbers, with the one-sided confidence `confidence`: the mean beyond the target by t standard errors) get one more person until all meet them, then each interval, most staffed first, is tried with one " +
  "fewer and keeps it when every interval still meets the targets; in profit mode the level of all intervals, then each interval, is tried with one more and one fewer and keeps " +
  "the change when profit per day (gross margin minus wages) rises significantly (the 95% interval of the paired differences lies above zero); (4) in targets mode, intervals that miss a target on fresh seeds " +
  "(checkSeed) get one more person until they meet it there (with the same confidence); (5) the rosters are run once more on seeds used for nothing else " +
  '("<checkSeed>|final") and reported as measured there (a target met: by the mean).';

/**
 * Finds rosters (staff per interval of the day, every weekday alike) for the pools named, by
 * the method in METHOD. Pools are staffed one after another; each keeps the rosters found
 * before it. Returns the rosters, their cost, and the re-check on fresh seeds.
 */
export async function optimiseStaffing(
  base: Scenario,
  staffing: Staffing,
  seed: string,
  evaluate: Evaluate,
): Promise<StaffingResult> {
  let scenario: Scenario = { ...base, reportPoolIntervals: true };
  const intervalSeconds = scenario.calendar.intervalMinutes * 60;
  const clocks = dayClocks(intervalSeconds);
  const slots = clocks.length;
  let evaluations = 0;
  const run = async (s: Scenario, reps = staffing.replications, withSeed = seed) => {
    evaluations++;
    return evaluate(s, withSeed, reps);
  };
  const mean = meanOverReplications;
  // The search holds each interval to the targets with confidence; the final check takes the mean.
  const meets = (rows: ReplicationRow[][], pool: string, k: number): boolean =>
    meetsTargets(staffing.targets, rows, pool, clocks[k]!, { confidence: staffing.confidence });
  const meetsOnMean = (rows: ReplicationRow[][], pool: string, k: number): boolean =>
    meetsTargets(staffing.targets, rows, pool, clocks[k]!);
  const withRoster = (s: Scenario, pool: string, staff: number[]): Scenario => {
    const pools = s.pools.map((p) => {
      if (p.name !== pool) return p;
      const first = Array.isArray(p.staff) ? p.staff[0] : typeof p.staff === "object" ? p.staff : undefined;
      const byInterval: Record<string, number> = {};
      staff.forEach((n, k) => {
        if (k === 0 || staff[k - 1] !== n) byInterval[clocks[k]!] = n;
      });
      // Nobody on duty on days the business is closed.
      const hours = s.calendar.openingHours;
      const byWeekday: Partial<Record<Weekday, Record<string, number>>> = {};
      if (hours !== "always") for (const day of WEEKDAYS) if (!hours[day]) byWeekday[day] = { "00:00": 0 };
      return { ...p, staff: { byInterval, byWeekday, role: first?.role, hourlyCost: first?.hourlyCost } };
    });
    return { ...s, pools };
  };

  const baseline = await run(scenario);
  const plans: { pool: string; handleSeconds: number; start: number[]; staff: number[]; arrivals: number[] }[] = [];
  for (const pool of staffing.pools) {
    const busy = mean(baseline, { scope: "pool", subject: pool, measure: "meanBusy" }) ?? 0;
    const windowSeconds = mean(baseline, { scope: "window", measure: "seconds" }) ?? 0;
    const served = mean(baseline, { scope: "pool", subject: pool, measure: "served" }) ?? 0;
    const handleSeconds = served > 0 ? (busy * windowSeconds) / served : 0;
    const arrivals = clocks.map(
      (clock) => mean(baseline, { scope: "poolInterval", pool, clock, measure: "arrivalsPerDay" }) ?? 0,
    );
    const start = arrivals.map((a) => erlangStaff(a / intervalSeconds, handleSeconds, staffing, pool));
    const staff = start.slice();
    if (staffing.mode === "targets") {
      for (let round = 0; round < staffing.maxRounds; round++) {
        const rows = await run(withRoster(scenario, pool, staff));
        const failing = clocks.map((_, k) => arrivals[k]! > 0 && !meets(rows, pool, k));
        if (!failing.some(Boolean)) break;
        let grew = false;
        failing.forEach((f, k) => {
          if (f && staff[k]! < staffing.maxStaff) {
            staff[k]!++;
            grew = true;
          }
        });
        if (!grew) break;
      }
      const order = clocks.map((_, k) => k).sort((a, b) => staff[b]! - staff[a]! || a - b);
      for (const k of order) {
        if (staff[k]! === 0) continue;
        staff[k]!--;
        const rows = await run(withRoster(scenario, pool, staff));
        if (!clocks.every((_, j) => arrivals[j]! === 0 || meets(rows, pool, j))) staff[k]!++;
      }
    } else {
      // A change is kept only when it raises profit per day significantly: the 95% interval of the
      // paired differences (same clients in both) lies above zero. Noise alone then moves nothing.
      const profits = (rows: ReplicationRow[][]) =>
        rows.map((r) => valueIn(r, { scope: "money", measure: "profitPerDay" }));
      let current = profits(await run(withRoster(scenario, pool, staff)));
      // First the level: one more (or one fewer) in every open interval, while that pays.
      for (const step of [1, -1]) {
        for (let round = 0; round < staffing.maxRounds; round++) {
          const shifted = staff.map((n, k) =>
            arrivals[k]! > 0 ? Math.min(staffing.maxStaff, Math.max(0, n + step)) : n,
          );
          if (shifted.every((n, k) => n === staff[k])) break;
          const candidate = profits(await run(withRoster(scenario, pool, shifted)));
          const d = pairedDifference(candidate, current);
          if (d === null || !(d.ci95[0] > 0)) break;
          staff.splice(0, staff.length, ...shifted);
          current = candidate;
        }
      }
      // Then each interval on its own.
      for (let k = 0; k < slots; k++) {
        if (arrivals[k]! === 0) continue;
        for (const step of [1, -1]) {
          const n = staff[k]! + step;
          if (n < 0 || n > staffing.maxStaff) continue;
          staff[k] = n;
          const candidate = profits(await run(withRoster(scenario, pool, staff)));
          const d = pairedDifference(candidate, current);
          if (d !== null && d.ci95[0] > 0) {
            current = candidate;
            break;
          }
          staff[k] = n - step;
        }
      }
    }
    scenario = withRoster(scenario, pool, staff);
    plans.push({ pool, handleSeconds, start, staff, arrivals });
  }

  // The best of many noisy candidates looks better than it is: in targets mode, intervals that miss
  // a target on fresh seeds get one more person until they meet it there; the figures reported
  // come from a third set of seeds that took no part in choosing.
  if (staffing.mode === "targets") {
    for (let round = 0; round < staffing.maxRounds; round++) {
      const rows = await run(scenario, staffing.checkReplications, staffing.checkSeed);
      let grew = false;
      for (const p of plans) {
        p.staff.forEach((n, k) => {
          if (p.arrivals[k]! > 0 && !meets(rows, p.pool, k) && n < staffing.maxStaff) {
            p.staff[k] = n + 1;
            grew = true;
          }
        });
        scenario = withRoster(scenario, p.pool, p.staff);
      }
      if (!grew) break;
    }
  }
  const verifySeed = `${staffing.checkSeed}|final`;
  const check = await run(scenario, staffing.checkReplications, verifySeed);
  let intervals = 0;
  let meeting = 0;
  const pools: PoolPlan[] = plans.map((p) => {
    const cost = base.pools.find((x) => x.name === p.pool);
    const first = cost && Array.isArray(cost.staff) ? cost.staff[0] : undefined;
    const hourly = first?.hourlyCost ?? 0;
    // Per open day (the roster is the same on every open day).
    const staffHoursPerDay = p.staff.reduce((a, n) => a + (n * intervalSeconds) / 3600, 0);
    return {
      pool: p.pool,
      handleSeconds: p.handleSeconds,
      staffHoursPerDay,
      wagesPerDay: staffHoursPerDay * hourly,
      intervals: clocks.map((clock, k) => {
        const checked: Record<string, number | null> = {};
        for (const t of staffing.targets) {
          if (t.pool === undefined || t.pool === p.pool) {
            checked[t.metric] = mean(check, targetSelector(p.pool, clock, t.metric));
          }
        }
        const ok = p.arrivals[k]! === 0 || meetsOnMean(check, p.pool, k);
        if (p.arrivals[k]! > 0) {
          intervals++;
          if (ok) meeting++;
        }
        return {
          interval: clock,
          staff: p.staff[k]!,
          erlangStart: p.start[k]!,
          arrivalsPerDay: p.arrivals[k]!,
          checked,
          meetsTargets: ok,
        };
      }),
    };
  });
  return {
    mode: staffing.mode,
    pools,
    scenario,
    evaluations,
    check: {
      seed: verifySeed,
      replications: staffing.checkReplications,
      profitPerDay: mean(check, { scope: "money", measure: "profitPerDay" }),
      intervalsMeetingTargets: meeting,
      intervals,
    },
    method: METHOD,
  };
}
