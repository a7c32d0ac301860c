import { z } from "zod";
import { amountDistributionSchema, distributionSchema } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { balkingSchema } from "../../model/balking/registry.js";
import { clockTime, description, floor, labels, MAX_RATE_FACTOR, name, probability, weekday } from "./fields.js";

export const channelSchema = z.strictObject({
  name: name.meta({ description: "Name of the channel, as arrivals, routing and results name it." }),
  labels,
  description,
  kind: z.enum(["phone", "visit"]).default("phone").meta({
    description: "phone: a call (to the public number or an extension); visit: the client walks in on a floor.",
  }),
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
  floor: floor.default(1).meta({ description: "Visits arrive on this floor." }),
});

const dealSchema = z.strictObject({
  probability: probability.meta({ description: "Chance (0-1) that a served contact ends in a deal." }),
  byPool: z
    .record(name, probability)
    .default({})
    .meta({ description: "The chance (0-1) when a given pool serves, by pool name (others: probability)." }),
  value: amountDistributionSchema.meta({ description: "Value of one deal, in the scenario currency." }),
  margin: probability.optional().meta({
    description: "Gross margin as a share (0-1) of this segment's revenue (default: money.grossMargin).",
  }),
  waitHalfLife: durationField.optional().meta({
    description:
      "Waiting time (seconds or text with units) after which the deal chance is halved, and halved again for each more (speed-to-lead); no effect when left out.",
  }),
  cashier: z
    .strictObject({
      pool: name.meta({ description: "The pool of cashiers (its name)." }),
      time: distributionSchema.meta({ description: "Time the cashier takes for one payment." }),
    })
    .optional()
    .meta({ description: "A visit that ends in a deal pays at the cashier (a queue of its own)." }),
});

const clienteleSchema = z.strictObject({
  owner: name.meta({ description: "Department that serves registered clients of this segment." }),
  initialClients: z
    .int()
    .min(0)
    .max(1_000_000)
    .default(0)
    .meta({ description: "Number of registered clients at the start of the run." }),
  returnInterval: distributionSchema.meta({ description: "Time from one contact of a registered client to the next." }),
  channels: z.record(name, z.number().nonnegative().finite()).meta({
    description: "How registered clients come back: relative shares by channel name (any unit; 0 for none).",
  }),
  churnPerYear: z.number().nonnegative().finite().default(0).meta({
    description: "Rate per year at which a registered client stops coming (2: on average after half a year).",
  }),
  largeDeal: z
    .strictObject({
      atLeast: z
        .number()
        .nonnegative()
        .finite()
        .meta({ description: "A deal of at least this value (scenario currency)..." }),
      owner: name.meta({ description: "...makes this department the client's owner instead." }),
    })
    .optional()
    .meta({ description: "Ownership by deal size: a large deal moves the client to another department." }),
});

export const segmentSchema = z.strictObject({
  name: name.meta({ description: "Name of the segment, as arrivals, routing and results name it." }),
  labels,
  description,
  deal: dealSchema.optional().meta({
    description:
      "How likely a served contact of this segment ends in a sale, and what a sale is worth (no deals when left out).",
  }),
  afterCall: z
    .strictObject({
      visitProbability: probability.meta({
        description: "Share (0-1) of served calls after which the client comes in person to buy.",
      }),
      delay: distributionSchema.meta({ description: "Time from the end of the call to the visit." }),
      channel: name.meta({ description: "The channel of the visit (a walk-in)." }),
    })
    .optional()
    .meta({
      description: "A phone consultation that ends with the client coming to buy: the deal is made at the visit.",
    }),
  retry: z
    .strictObject({
      probability: probability.meta({ description: "Share (0-1) of clients who try again after a lost contact." }),
      delay: distributionSchema.meta({ description: "Time from the lost contact to the next try." }),
    })
    .optional()
    .meta({ description: "A client who gave up (or found the lines busy) tries again." }),
  clientele: clienteleSchema.optional().meta({
    description:
      "Registered clients of this segment: the department that owns them, how many there are at the start and how often they come back (none when left out).",
  }),
});

/** Arrivals per hour; 100,000 an hour (28 a second) is far beyond any sales office and keeps runs finite. */
const perHour = z.number().nonnegative().max(100_000);
const rate = z.union([perHour, z.record(clockTime, perHour)]).meta({
  description:
    'New contacts per hour while open: a number, or steps by time of day {"09:00": 10, "12:00": 25} (0 before the first step).',
});

export const arrivalStreamSchema = z.strictObject({
  name: name.optional().meta({
    description:
      "Name of the stream (default: channel-segment). It seeds the stream's random numbers: renaming it changes its clients.",
  }),
  channel: name.meta({ description: "The channel these clients come by." }),
  segment: name.meta({ description: "The segment these clients belong to." }),
  status: z.enum(["new", "lead"]).default("new").meta({ description: "New clients, or prospects after a cold call." }),
  saysColdCalled: probability.default(1).meta({ description: "Share (0-1) of leads who say they were cold-called." }),
  ratePerHour: rate,
  ratePerHourByWeekday: z.partialRecord(weekday, rate).default({}).meta({
    description: "A profile of its own for some weekdays, in the form of ratePerHour, replacing it on those days.",
  }),
  weekdayFactors: z.partialRecord(weekday, z.number().nonnegative().max(MAX_RATE_FACTOR)).default({}).meta({
    description: "Multiplier of the rate by weekday (default 1, at most 10; 0 for none).",
  }),
  afterHoursRatePerHour: perHour.default(0).meta({
    description:
      "Contacts per hour while closed (calls at night): lost, or called back at the next opening, as the channel's afterHours says.",
  }),
  serviceTime: distributionSchema.meta({
    description: "Work content of one contact of this stream: the time serving it takes.",
  }),
  patience: distributionSchema
    .optional()
    .meta({ description: "How long a client waits before giving up (never, when left out)." }),
  balking: balkingSchema.optional(),
});
