import { z } from "zod";
import { amountDistributionSchema, distributionSchema } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { balkingSchema } from "../../model/balking/registry.js";
import { clockTime, floor, MAX_RATE_FACTOR, name, probability, weekday } from "./fields.js";

export const channelSchema = z.strictObject({
  name,
  description: z.string().optional(),
  kind: z.enum(["phone", "visit"]).default("phone"),
  publicNumber: z
    .boolean()
    .default(false)
    .meta({ description: "Calls on this channel use the public number's lines." }),
  identified: z.enum(["on-arrival", "when-answered"]).default("on-arrival").meta({
    description:
      "When the client's segment and history become known: at once (own extension, known face) or when someone answers.",
  }),
  afterHours: z.enum(["next-opening", "lost"]).default("next-opening").meta({
    description:
      "A contact a client makes while closed (a return, a visit, a retry) moves into the next open day, or is lost.",
  }),
  floor: floor.optional().meta({ description: "Visits arrive on this floor." }),
});

const dealSchema = z.strictObject({
  probability: probability.meta({ description: "Chance that a served contact ends in a deal." }),
  byPool: z.record(name, probability).default({}).meta({ description: "The chance when a given pool serves." }),
  value: amountDistributionSchema.meta({ description: "Value of one deal, in the scenario currency." }),
  margin: probability.optional().meta({
    description: "Gross margin as a share of this segment's revenue (default: money.grossMargin).",
  }),
  waitHalfLife: durationField.optional().meta({
    description: "The deal chance halves for every this much waiting (speed-to-lead); no effect when left out.",
  }),
  cashier: z
    .strictObject({
      pool: name.meta({ description: "The pool of cashiers." }),
      time: distributionSchema.meta({ description: "Time to take one payment." }),
    })
    .optional()
    .meta({ description: "A visit that ends in a deal pays at the cashier (a queue of its own)." }),
});

const clienteleSchema = z.strictObject({
  owner: name.meta({ description: "Department that serves registered clients of this segment." }),
  initialClients: z.int().min(0).max(1_000_000).default(0).meta({ description: "Registered clients at the start." }),
  returnInterval: distributionSchema.meta({ description: "Time from one contact of a registered client to the next." }),
  channels: z.record(name, z.number().nonnegative().finite()).meta({
    description: "How registered clients come back: relative shares per channel.",
  }),
  churnPerYear: z.number().nonnegative().finite().default(0).meta({
    description: "Rate at which registered clients stop coming (per year).",
  }),
  largeDeal: z
    .strictObject({
      atLeast: z.number().nonnegative().finite().meta({ description: "A deal of at least this value..." }),
      owner: name.meta({ description: "...makes this department the client's owner instead." }),
    })
    .optional()
    .meta({ description: "Ownership by deal size: a large deal moves the client to another department." }),
});

export const segmentSchema = z.strictObject({
  name,
  description: z.string().optional(),
  deal: dealSchema.optional(),
  afterCall: z
    .strictObject({
      visitProbability: probability,
      delay: distributionSchema,
      channel: name.meta({ description: "The channel of the visit (a walk-in)." }),
    })
    .optional()
    .meta({
      description: "A phone consultation that ends with the client coming to buy: the deal is made at the visit.",
    }),
  retry: z
    .strictObject({ probability, delay: distributionSchema })
    .optional()
    .meta({ description: "A client who gave up (or found the lines busy) tries again." }),
  clientele: clienteleSchema.optional(),
});

/** Arrivals per hour; 100,000 an hour (28 a second) is far beyond any sales office and keeps runs finite. */
const perHour = z.number().nonnegative().max(100_000);
const rate = z.union([perHour, z.record(clockTime, perHour)]).meta({
  description: 'Arrivals per hour while open: a number, or steps {"09:00": 10, "12:00": 25} (0 before the first).',
});

export const arrivalStreamSchema = z.strictObject({
  name: name.optional(),
  channel: name,
  segment: name,
  status: z.enum(["new", "lead"]).default("new").meta({ description: "New clients, or prospects after a cold call." }),
  saysColdCalled: probability.default(1).meta({ description: "Share of leads who say they were cold-called." }),
  ratePerHour: rate,
  ratePerHourByWeekday: z.partialRecord(weekday, rate).default({}).meta({
    description: "A profile of its own for some weekdays, in the form of ratePerHour, replacing it on those days.",
  }),
  weekdayFactors: z.partialRecord(weekday, z.number().nonnegative().max(MAX_RATE_FACTOR)).default({}).meta({
    description: "Multiplier of the rate per weekday (default 1, at most 10).",
  }),
  afterHoursRatePerHour: perHour.default(0).meta({
    description:
      "Contacts per hour while closed (calls at night): lost, or called back at the next opening, as the channel's afterHours says.",
  }),
  serviceTime: distributionSchema.meta({ description: "Work content of one contact of this stream." }),
  patience: distributionSchema
    .optional()
    .meta({ description: "How long a client waits before giving up (never, when left out)." }),
  balking: balkingSchema.optional(),
});
