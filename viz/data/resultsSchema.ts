import { z } from "zod";

/** The results format this viewer reads (see engine/results/README.md). */
export const RESULTS_FORMAT = "clientflow-results";
export const RESULTS_VERSION = 1;

/** A metric over replications: mean, standard error, 95% interval, replications with a value. */
export const metricSummary = z
  .object({ mean: z.number(), se: z.number(), ci95: z.tuple([z.number(), z.number()]), n: z.number() })
  .nullable();

const observation = z.looseObject({
  mode: z.enum(["days", "arrivals"]),
  warmupDays: z.number().nullable(),
  days: z.number().nullable(),
  intervalMinutes: z.number().positive(),
  thresholdsSeconds: z.array(z.number()),
});

/** The parts of the scenario definition the viewer uses; the rest is kept as it is. */
const definition = z.looseObject({
  channels: z.array(z.looseObject({ name: z.string(), kind: z.string() })),
  pools: z.array(z.looseObject({ name: z.string(), department: z.string().optional() })),
  departments: z.array(z.looseObject({ name: z.string() })).optional(),
  segments: z.array(z.looseObject({ name: z.string() })),
  serviceLevel: z
    .looseObject({ target: z.looseObject({ share: z.number(), within: z.union([z.number(), z.string()]) }).optional() })
    .optional(),
});

const scenario = z.looseObject({ name: z.string(), hash: z.string(), definition });

const metrics = z.record(z.string(), metricSummary);
const replicationValues = z.record(z.string(), z.array(z.number().nullable()));

const trace = z.looseObject({
  replication: z.number(),
  truncated: z.boolean(),
  pools: z.array(z.string()),
  agents: z.array(z.string()),
  events: z.array(z.tuple([z.number(), z.string(), z.number(), z.number(), z.number()])),
  contacts: z.array(z.tuple([z.number(), z.string(), z.string(), z.string(), z.string()])),
});

const header = {
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  engine: z.looseObject({ version: z.string() }),
  seed: z.string(),
};

export const runFile = z.looseObject({
  ...header,
  kind: z.literal("run"),
  replications: z.number(),
  scenario: scenario.extend({ currency: z.string() }),
  observation,
  metrics,
  replicationValues,
  trace: trace.nullable(),
});

const difference = z.looseObject({
  mean: z.number(),
  se: z.number(),
  ci95: z.tuple([z.number(), z.number()]),
  n: z.number(),
  significant: z.boolean(),
  independentCi95: z.tuple([z.number(), z.number()]).optional(),
});

export const experimentFile = z.looseObject({
  ...header,
  kind: z.literal("experiment"),
  replications: z.number(),
  name: z.string(),
  shownMetrics: z.array(z.string()),
  setUps: z
    .array(
      z.looseObject({
        name: z.string(),
        description: z.string().optional(),
        scenario: scenario.extend({ currency: z.string().optional() }),
        observation,
        metrics,
        replicationValues,
      }),
    )
    .min(1),
  differences: z.record(z.string(), z.record(z.string(), difference.nullable())),
  narrowing: z.record(z.string(), z.number().nullable()).optional(),
  failures: z
    .array(z.looseObject({ setUp: z.string(), replication: z.number(), seed: z.string(), message: z.string() }))
    .optional(),
});

const planInterval = z.looseObject({
  interval: z.string(),
  staff: z.number(),
  erlangStart: z.number(),
  arrivalsPerDay: z.number(),
  checked: z.record(z.string(), z.number().nullable()),
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
      pool: z.string(),
      handleSeconds: z.number(),
      staffHoursPerDay: z.number(),
      wagesPerDay: z.number(),
      intervals: z.array(planInterval),
    }),
  ),
  check: z.looseObject({
    replications: z.number(),
    profitPerDay: z.number().nullable(),
    intervalsMeetingTargets: z.number(),
    intervals: z.number(),
  }),
});

export type RunFile = z.infer<typeof runFile>;
export type StaffingFile = z.infer<typeof staffingFile>;
export type ExperimentFile = z.infer<typeof experimentFile>;
export type TraceData = z.infer<typeof trace>;
export type MetricSummary = NonNullable<z.infer<typeof metricSummary>>;
export type Difference = z.infer<typeof difference>;
export type ScenarioDefinition = z.infer<typeof definition>;
export type Observation = z.infer<typeof observation>;
