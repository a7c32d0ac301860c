import { z } from "zod";
import { MEASURE_NAMES, type Measure } from "./measures.js";
import { SCOPES } from "./metricRow.js";
import { RESULTS_FORMAT, RESULTS_VERSION } from "./resultsVersion.js";

/** Names that reach an object's prototype (`obj["constructor"]`): never a set-up name the viewer looks up. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A copy of a record with no prototype, so that looking up any key finds only the file's own keys. */
export function ownKeysOnly<V>(record: Record<string, V>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, record);
}

/**
 * The largest magnitude of a number in a results file, and the smallest but zero: far beyond
 * what a run can produce (money is at most 1e12 a deal), and narrow enough that the sums,
 * differences and ratios the viewer draws from them stay finite (1e100 / 1e-100 is 1e200).
 */
export const LARGEST_NUMBER = 1e100;
export const SMALLEST_NUMBER = 1e-100;

/** A number of a results file: finite, zero or of a magnitude from 1e-100 to 1e100. */
export const amount = z
  .number()
  .refine((v) => v === 0 || (Math.abs(v) <= LARGEST_NUMBER && Math.abs(v) >= SMALLEST_NUMBER), {
    message: "expected 0 or a number of magnitude from 1e-100 to 1e100",
  });
const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const interval95 = z
  .tuple([amount, amount])
  .refine(([low, high]) => low <= high, { message: "expected an interval whose low end is at most its high end" });

/** A name the viewer looks up (a set-up, a pool): anything but a key that reaches a prototype. */
const name = z.string().refine((s) => !PROTOTYPE_KEYS.has(s), {
  message: 'expected anything but "__proto__", "constructor" or "prototype"',
});
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The columns that name a row (see metricRow.ts); names may hold any character. */
const columns = {
  scope: z.enum(SCOPES),
  subject: z.string().nullable(),
  pool: z.string().nullable(),
  channel: z.string().nullable(),
  clock: z.string().regex(CLOCK, { message: 'expected a time of day "HH:MM"' }).nullable(),
  measure: z.enum(MEASURE_NAMES as [Measure, ...Measure[]]),
  breakdown: z
    .object({
      kind: z.enum(["outcome", "cause", "threshold", "state", "reason"]),
      value: z.union([z.string(), amount]),
    })
    .nullable(),
};
export const metricColumns = z.object(columns);

/**
 * A row named in an input file (an experiment's `metrics`): the scope, the measure and whichever
 * other columns the row has; a column left out is null.
 */
export const metricSelector = z.strictObject({
  scope: columns.scope,
  subject: columns.subject.optional(),
  pool: columns.pool.optional(),
  channel: columns.channel.optional(),
  clock: columns.clock.optional(),
  measure: columns.measure,
  breakdown: columns.breakdown.optional(),
});

/** A record keyed by set-up names, read into an object without a prototype. */
function record<V extends z.ZodType>(key: z.ZodType<string>, value: V) {
  return z.record(key, value).transform((r) => ownKeysOnly(r as Record<string, z.output<V>>));
}

/** A metric over replications: mean, standard error, 95% interval, replications with a value. */
export const metricSummary = z
  .object({ mean: amount, se: amount.refine((v) => v >= 0), ci95: interval95, n: count })
  .nullable();

/** The longest run a scenario can have, in days (its calendar's bound). */
export const MAX_DAYS = 3660;

const observation = z.looseObject({
  mode: z.enum(["days", "arrivals"]),
  warmupDays: z.int().min(0).max(MAX_DAYS).nullable(),
  days: z.int().min(1).max(MAX_DAYS).nullable(),
  intervalMinutes: z.number().min(1).max(1440),
  thresholdsSeconds: z.array(amount.refine((v) => v >= 0, { message: "expected a number of seconds" })).max(100),
});

/** The parts of the scenario definition the viewer uses; the rest is kept as it is. */
const definition = z.looseObject({
  channels: z.array(z.looseObject({ name, kind: z.string() })),
  pools: z.array(z.looseObject({ name, department: z.string().optional() })),
  departments: z.array(z.looseObject({ name })).optional(),
  segments: z.array(z.looseObject({ name })),
  serviceLevel: z
    .looseObject({ target: z.looseObject({ share: amount, within: z.union([amount, z.string()]) }).optional() })
    .optional(),
});

const scenario = z.looseObject({ name: z.string(), hash: z.string(), definition });

/** One row of a results file: its columns, unit, summary over replications and each replication's value. */
export const metricRow = z.object({
  ...columns,
  unit: z.string(),
  summary: metricSummary,
  values: z.array(amount.nullable()),
});
const metrics = z.array(metricRow);

/**
 * Time in seconds since the start of the run. A trace goes on past the run's last day while the
 * clients the run counted finish, so the bound leaves a year beyond the longest run.
 */
const time = z
  .number()
  .min(0)
  .max((MAX_DAYS + 365) * 86_400);
/** An index into the trace's people or pools, or -1 for none (checked against their lists). */
const index = z.int().min(-1).max(Number.MAX_SAFE_INTEGER);

const trace = z.looseObject({
  replication: z.int().min(1),
  truncated: z.boolean(),
  pools: z.array(name),
  agents: z.array(z.string()),
  events: z.array(z.tuple([time, z.string(), index, index, index])),
  contacts: z.array(
    z.tuple([z.int().min(0).max(Number.MAX_SAFE_INTEGER), z.string(), z.string(), z.string(), z.string()]),
  ),
});

const header = {
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  engine: z.looseObject({ version: z.string() }),
  seed: z.string(),
};
const replications = z.int().min(1).max(Number.MAX_SAFE_INTEGER);

export const runFile = z.looseObject({
  ...header,
  kind: z.literal("run"),
  replications,
  scenario: scenario.extend({ currency: z.string() }),
  observation,
  metrics,
  trace: trace.nullable(),
});

const difference = z.looseObject({
  mean: amount,
  se: amount.refine((v) => v >= 0),
  ci95: interval95,
  n: count,
  significant: z.boolean(),
  independentCi95: interval95.optional(),
});

const constraintIndices = z.array(z.int().min(0));

const ranking = z.looseObject({
  objective: metricColumns.extend({ direction: z.enum(["higher", "lower"]) }),
  constraints: z.array(metricColumns.extend({ atMost: amount.nullable(), atLeast: amount.nullable() })),
  entries: z
    .array(
      z.looseObject({
        setUp: name,
        rank: z.int().min(1),
        objective: amount.nullable(),
        breaks: constraintIndices,
        uncertain: constraintIndices,
        behindPrevious: difference.nullable(),
        behindBest: difference.nullable(),
        tiedWithBest: z.boolean(),
        worseOnEveryFigureThan: name.nullable(),
        dominatedBy: name.nullable(),
      }),
    )
    .min(1),
});

const setUpPair = z.looseObject({
  a: name,
  b: name,
  differences: z.array(metricColumns.extend({ difference: difference.nullable() })),
});

export const experimentFile = z.looseObject({
  ...header,
  kind: z.literal("experiment"),
  replications,
  name: z.string(),
  shownMetrics: z.array(metricColumns),
  setUps: z
    .array(
      z.looseObject({
        name,
        description: z.string().optional(),
        scenario: scenario.extend({ currency: z.string().optional() }),
        observation,
        metrics,
      }),
    )
    .min(1),
  differences: record(name, z.array(metricColumns.extend({ difference: difference.nullable() }))),
  narrowing: record(name, amount.nullable()).optional(),
  ranking: ranking.optional(),
  pairs: z.array(setUpPair).optional(),
  sensitivity: z
    .array(
      z.looseObject({
        name,
        description: z.string().optional(),
        changes: z.array(z.unknown()),
        ranking,
        sameBest: z.boolean(),
        sameOrder: z.boolean(),
      }),
    )
    .optional(),
  failures: z
    .array(z.looseObject({ setUp: z.string(), replication: z.int().min(1), seed: z.string(), message: z.string() }))
    .optional(),
});

const planInterval = z.looseObject({
  interval: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a time of day "HH:MM"' }),
  staff: count,
  erlangStart: count,
  arrivalsPerDay: amount.refine((v) => v >= 0),
  checked: record(name, amount.nullable()),
  meetsTargets: z.boolean(),
});

export const staffingFile = z.looseObject({
  ...header,
  kind: z.literal("staffing"),
  name: z.string(),
  mode: z.string(),
  method: z.string(),
  scenario: z.looseObject({ currency: z.string().optional() }),
  pools: z.array(
    z.looseObject({
      pool: name,
      handleSeconds: amount,
      staffHoursPerDay: amount,
      wagesPerDay: amount,
      intervals: z.array(planInterval),
      /** A shift plan's weekdays: people on duty per interval, current beside recommended. */
      days: z
        .array(
          z.looseObject({
            weekday: z.string(),
            intervals: z.array(
              z.looseObject({
                interval: planInterval.shape.interval,
                erlang: amount,
                current: amount,
                recommended: amount,
                meetsTargets: z.boolean(),
              }),
            ),
          }),
        )
        .optional(),
    }),
  ),
  check: z.looseObject({
    replications,
    profitPerDay: amount.nullable(),
    intervalsMeetingTargets: count,
    intervals: count,
  }),
});

export type RunFile = z.infer<typeof runFile>;
export type StaffingFile = z.infer<typeof staffingFile>;
export type ExperimentFile = z.infer<typeof experimentFile>;
export type TraceData = z.infer<typeof trace>;
export type MetricRowData = z.infer<typeof metricRow>;
export type DifferenceRow = ExperimentFile["differences"][string][number];
export type Difference = z.infer<typeof difference>;
export type RankingData = z.infer<typeof ranking>;
export type SetUpPairData = z.infer<typeof setUpPair>;
export type ScenarioDefinition = z.infer<typeof definition>;
export type Observation = z.infer<typeof observation>;
