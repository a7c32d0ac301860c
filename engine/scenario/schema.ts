import { z } from "zod";
import { distributionSchema } from "../random/index.js";
import { CLOCK_TIME_PATTERN, durationField, WEEKDAYS } from "../time/index.js";
import { balkingSchema } from "../model/balking/registry.js";
import { selectionSchema } from "../model/selection/registry.js";

const name = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.\-]*$/u, {
    message: "expected a name of letters, digits, spaces, '_', '.' or '-'",
  });
const clockTime = z.string().regex(CLOCK_TIME_PATTERN, { message: 'expected a time of day "HH:MM"' });
const weekday = z.enum(WEEKDAYS);

const openingHours = z.strictObject({ open: clockTime, close: clockTime });

export const calendarSchema = z
  .strictObject({
    days: z.int().min(1).max(3660).optional().meta({
      description: "Days simulated, warm-up included. Required unless `stop` counts arrivals.",
    }),
    warmupDays: z.int().min(0).default(0).meta({ description: "First days left out of the statistics." }),
    startWeekday: weekday.default("mon").meta({ description: "Weekday of the first simulated day." }),
    intervalMinutes: z
      .union([z.literal(15), z.literal(30), z.literal(60)])
      .default(30)
      .meta({
        description: "Length of the reporting intervals of the day, in minutes.",
      }),
    openingHours: z
      .union([z.literal("always"), z.partialRecord(weekday, openingHours.nullable())])
      .meta({ description: '"always", or opening hours per weekday; a weekday left out or null is closed.' }),
    atClosing: z.enum(["serve-waiting", "lose-waiting"]).default("serve-waiting").meta({
      description: "At closing time, staff on shift serve the clients already waiting, or those clients are lost.",
    }),
  })
  .meta({ description: "When the business is open and how long a run lasts." });

export const stopSchema = z
  .strictObject({
    arrivals: z.int().min(1).max(50_000_000).meta({ description: "Arrivals counted per replication after warm-up." }),
    warmupArrivals: z.int().min(0).max(50_000_000).default(0).meta({ description: "Arrivals left out first." }),
  })
  .meta({ description: "Count-based run length (for steady-state studies such as `clientflow erlang`)." });

const shiftSchema = z.strictObject({
  start: clockTime,
  end: clockTime,
  weekdays: z.array(weekday).optional().meta({ description: "Days this shift is worked (default: every open day)." }),
  breaks: z
    .array(z.strictObject({ start: clockTime, duration: durationField }))
    .default([])
    .meta({ description: "Breaks; a break starts when the current service ends." }),
});

const staffMember = z.strictObject({
  name,
  shift: shiftSchema.optional().meta({ description: "Working hours (default: opening hours)." }),
  hourlyCost: z
    .number()
    .nonnegative()
    .finite()
    .optional()
    .meta({ description: "Wage per hour on shift, in the scenario currency." }),
});

export const poolSchema = z.strictObject({
  name,
  description: z.string().optional(),
  staff: z
    .union([z.int().min(0).max(10_000), z.array(staffMember).max(10_000)])
    .meta({ description: "A number of identical agents on duty during opening hours, or named staff with shifts." }),
  selection: selectionSchema.default({ kind: "least-workload", tolerance: 0.005 }),
  queue: z
    .strictObject({
      capacity: z.int().min(0).max(1_000_000).nullable().default(null).meta({
        description: "Waiting places; a client who finds them all taken is blocked (null: unlimited).",
      }),
    })
    .default({ capacity: null }),
  wrapUp: distributionSchema
    .optional()
    .meta({ description: "After-work per service, during which the agent serves nobody." }),
});

const rate = z.union([z.number().nonnegative().finite(), z.record(clockTime, z.number().nonnegative().finite())]).meta({
  description: 'Arrivals per hour while open: a number, or steps {"09:00": 10, "12:00": 25} (0 before the first).',
});

const arrivalStreamSchema = z.strictObject({
  name: name.optional(),
  channel: name,
  segment: name,
  ratePerHour: rate,
  ratePerHourByWeekday: z.partialRecord(weekday, rate).default({}).meta({
    description: "A profile of its own for some weekdays, in the form of ratePerHour, replacing it on those days.",
  }),
  weekdayFactors: z.partialRecord(weekday, z.number().nonnegative().finite()).default({}).meta({
    description: "Multiplier of the rate per weekday (default 1).",
  }),
  serviceTime: distributionSchema.meta({ description: "Work content of one contact of this stream." }),
  patience: distributionSchema
    .optional()
    .meta({ description: "How long a client waits before giving up (never, when left out)." }),
  balking: balkingSchema.optional(),
});

const routeSchema = z.strictObject({
  match: z
    .strictObject({ channel: name.optional(), segment: name.optional() })
    .default({})
    .meta({ description: "What a contact must have for this rule to apply (empty: everything)." }),
  pool: name,
  priority: z.int().min(0).max(99).default(0).meta({ description: "Queue priority class; 0 is served first." }),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).max(200),
    description: z.string().optional(),
    currency: z.string().length(3).default("RUB").meta({ description: "ISO 4217 code of money amounts." }),
    notes: z.record(z.string(), z.string()).default({}).meta({
      description: "Where each number comes from, keyed by field path (or 'assumption').",
    }),
    calendar: calendarSchema,
    stop: stopSchema.optional(),
    segments: z.array(z.strictObject({ name, description: z.string().optional() })).min(1),
    channels: z.array(z.strictObject({ name, description: z.string().optional() })).min(1),
    arrivals: z.array(arrivalStreamSchema).min(1),
    pools: z.array(poolSchema).min(1),
    routing: z
      .array(routeSchema)
      .min(1)
      .meta({ description: "Ordered rules; the first that matches a contact decides." }),
    serviceLevel: z
      .strictObject({
        thresholds: z.array(durationField).min(1).max(10).default([20]),
      })
      .default({ thresholds: [20] })
      .meta({ description: "Waiting-time thresholds for service levels." }),
    trace: z
      .strictObject({
        replication: z.int().min(1).default(1),
        maxEvents: z.int().min(1).max(1_000_000).default(20_000),
      })
      .optional()
      .meta({ description: "Keep an event trace of one replication, capped at maxEvents." }),
  })
  .meta({ title: "Clientflow scenario", description: "A company, its clients and its rules, as data." });

/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario after validation, with every default filled in: the data that is hashed. */
export type Scenario = z.output<typeof scenarioSchema>;
export type PoolInput = z.output<typeof poolSchema>;
