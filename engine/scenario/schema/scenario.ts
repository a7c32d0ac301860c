import { z } from "zod";
import { currencyCode } from "./currency.js";
import { distributionSchema } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { calendarSchema, stopSchema } from "./calendar.js";
import { labels, plainKey } from "./fields.js";
import { arrivalStreamSchema, channelSchema, segmentSchema } from "./clients.js";
import { departmentSchema, phoneSchema, poolSchema } from "./organisation.js";
import {
  creditSchema,
  finesSchema,
  handoverSchema,
  headSchema,
  planSchema,
  repeatWalkInSchema,
  routeSchema,
} from "./routing.js";

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).max(200).meta({ description: "Name of the scenario, shown in the results and reports." }),
    labels,
    description: z.string().optional().meta({
      description: "What this scenario is and what it is for, in a sentence or two (free text).",
    }),
    currency: z
      .string()
      .default("RUB")
      .pipe(currencyCode)
      .meta({ description: "ISO 4217 code of money amounts, in any case (KZT or kzt)." }),
    notes: z.record(plainKey, z.string()).default({}).meta({
      description: "Where each number comes from, keyed by field path (or 'assumption').",
    }),
    calendar: calendarSchema,
    stop: stopSchema.optional(),
    departments: z.array(departmentSchema).default([]).meta({
      description: "The company's departments: pools belong to them, they own registered clients and have plans.",
    }),
    segments: z.array(segmentSchema).min(1).meta({
      description:
        "Client segments (retail, wholesale...): they differ in how often they come, how long serving them takes, how likely a deal is and what it is worth.",
    }),
    channels: z.array(channelSchema).min(1).meta({
      description: "The ways clients reach the company: phone numbers and extensions, and doors (walk-ins).",
    }),
    arrivals: z.array(arrivalStreamSchema).min(1).meta({
      description:
        "Arrival streams: the new clients (or leads) of one segment on one channel, how many come per hour and the work each contact brings.",
    }),
    pools: z.array(poolSchema).min(1).meta({
      description:
        "Groups of people who do the same work and share one waiting line (operators, consultants, cashiers, admins).",
    }),
    phone: phoneSchema,
    walking: z
      .strictObject({
        betweenFloors: distributionSchema.meta({ description: "Time to walk from one floor to the next (one way)." }),
      })
      .optional()
      .meta({
        description:
          "Staff who serve a visit on another floor walk there and back, serving nobody meanwhile (no walking when left out).",
      }),
    routing: z
      .array(routeSchema)
      .min(1)
      .meta({ description: "Ordered rules; the first that matches a contact decides." }),
    handover: handoverSchema.optional(),
    repeatWalkIn: repeatWalkInSchema.optional(),
    fines: finesSchema,
    credit: creditSchema,
    plans: z.array(planSchema).default([]).meta({ description: "Plans per department, for attainment and KPIs." }),
    heads: z.array(headSchema).default([]).meta({
      description: "Admins or heads whose KPI is a weighted score of the departments they run (one admin may run two).",
    }),
    money: z
      .strictObject({
        grossMargin: z.number().min(0).max(1).default(0.25).meta({
          description: "Gross margin as a share (0-1) of revenue, where a segment states none.",
        }),
        overtimeFactor: z.number().min(1).max(10).optional().meta({
          description:
            "Overtime (work after a shift or closing ends) is paid at the hourly cost times this factor: an assumption, default 1.5 (time and a half). Wages already count those hours at the plain rate; the overtime cost rows show the whole pay for them.",
        }),
      })
      .default({ grossMargin: 0.25 })
      .meta({ description: "Profit of a set-up: gross margin on realised revenue minus wages." }),
    serviceLevel: z
      .strictObject({
        thresholds: z.array(durationField).min(1).max(10).default([20]).meta({
          description:
            'Waiting times (seconds, or text such as "20 s") at which the service level is reported: the share of served contacts that waited at most that long.',
        }),
        target: z
          .strictObject({
            share: z
              .number()
              .gt(0)
              .lt(1)
              .meta({ description: "Share (0-1, e.g. 0.8) of callers to answer within the time." }),
            within: durationField.meta({ description: 'The waiting time, in seconds (e.g. 20) or as text ("20 s").' }),
          })
          .optional()
          .meta({
            description:
              "A service target (e.g. 80% within 20 s). When given, results include staffing.<pool>.<HH:MM>.needed: the Erlang C staff that would meet it for the work each pool carried.",
          }),
      })
      .default({ thresholds: [20] })
      .meta({ description: "Waiting-time thresholds for service levels." }),
    reportPoolIntervals: z.boolean().default(false).meta({
      description: "Also report each pool per interval of the day (poolInterval.* keys; used by clientflow staff).",
    }),
    trace: z
      .strictObject({
        replication: z.int().min(1).default(1).meta({ description: "The replication traced (1 is the first)." }),
        maxEvents: z.int().min(1).max(10_000_000).default(40_000).meta({
          description: "The most events kept (about two weeks of the default company); the trace says when it was cut.",
        }),
        from: z.enum(["warmupEnd", "start"]).default("warmupEnd").meta({
          description: "Record from the end of the warm-up (the observed days; default) or from the start of the run.",
        }),
      })
      .optional()
      .meta({
        description:
          "Keep an event trace of one replication (contacts, answers, transfers, outcomes, staff states), capped at maxEvents.",
      }),
  })
  .meta({ title: "Clientflow scenario", description: "A company, its clients and its rules, as data." });

/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario after validation, with every default filled in: the data that is hashed. */
export type Scenario = z.output<typeof scenarioSchema>;
export type PoolInput = z.output<typeof poolSchema>;
