import { z } from "zod";
import { distributionSchema, MAX_AMOUNT } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { clockTime, name, plainKey, probability } from "./fields.js";

export const routeSchema = z.strictObject({
  match: z
    .strictObject({
      channel: name.optional().meta({ description: "The channel the contact came by." }),
      segment: name.optional().meta({ description: "The client's segment (known once the client is identified)." }),
      status: z.enum(["new", "lead", "registered"]).optional().meta({
        description:
          "new: a client not yet in the base; lead: a prospect calling back after a cold call; registered: a client in the client base.",
      }),
      owner: name.optional().meta({ description: "Department that owns the client, or 'none'." }),
      deals: z
        .strictObject({
          min: z.int().min(0).optional().meta({ description: "At least this many deals (default 0)." }),
          max: z.int().min(0).optional().meta({ description: "At most this many deals (default: no limit)." }),
        })
        .optional()
        .meta({ description: "Deals the client has made so far, inclusive bounds." }),
      time: z
        .strictObject({
          from: clockTime.meta({ description: 'From this time of day, "HH:MM" (included).' }),
          to: clockTime.meta({
            description: 'Until this time of day, "HH:MM" (not included; earlier than from: past midnight).',
          }),
        })
        .optional()
        .meta({ description: "Time of day [from, to)." }),
      saidColdCalled: z.boolean().optional().meta({ description: "The caller said they were cold-called." }),
    })
    .default({})
    .meta({
      description:
        "What a contact must have for this rule to apply (empty: everything). Before a caller is identified only rules on channel and time can apply.",
    }),
  pool: name.meta({ description: "The pool that serves the contacts this rule matches." }),
  priority: z.int().min(0).max(99).default(0).meta({ description: "Queue priority class; 0 is served first." }),
});

export const handoverSchema = z
  .strictObject({
    department: name.meta({ description: "The department that wins clients and hands them over (active sales)." }),
    afterDeal: z
      .union([z.literal(1), z.literal(2)])
      .meta({ description: "The deal after which the client is handed over." }),
    representativeValue: z.number().nonnegative().finite().optional().meta({
      description:
        "With afterDeal 2: a first deal at least this large counts as representative and hands over at once.",
    }),
  })
  .meta({ description: "When a client won by one department moves to the segment's owner." });

export const repeatWalkInSchema = z
  .strictObject({
    owner: name.meta({ description: "The department whose registered clients this is about (current sales)." }),
    at: name.meta({ description: "The pool whose floor they walk into (the retail consultants)." }),
    to: name.meta({ description: "The owner's pool that should serve them (the operators)." }),
    policy: z.enum(["summon", "escort", "serve", "send-upstairs"]).meta({
      description:
        "(d) summon: the consultant phones the owner, who sends a manager down; (a) escort: the consultant walks the client up; (b) serve: retail serves; (c) send-upstairs: the client goes up alone.",
    }),
    refuseUpstairs: probability
      .default(0.3)
      .meta({ description: "(c) Share (0-1) of clients who will not go up alone (lost)." }),
    callTime: distributionSchema.default({ kind: "deterministic", value: 60 }).meta({
      description: "(d) How long the consultant's call to the owning department takes.",
    }),
    minutes: durationField.default("4 min").meta({
      description:
        '(d) N: the manager must be at the workstation this long after the call (seconds, or text such as "4 min").',
    }),
    manager: z.enum(["own-manager-first", "least-workload"]).default("own-manager-first").meta({
      description:
        "(d) The manager named: the client's own manager when on shift, else the least busy of the pool; or always the least busy.",
    }),
    reaction: distributionSchema.default({ kind: "deterministic", value: 30 }).meta({
      description:
        "(d) Time before the named manager leaves the desk (after finishing or handing off the client in hand), when lateness is not fined.",
    }),
    reactionToFine: z
      .strictObject({
        maxCut: probability.meta({
          description: "The largest share of the reaction time a fine can cut (a very large fine).",
        }),
        payHours: z.number().positive().finite().meta({
          description:
            "A fine of this many hours of the manager's pay gives 63% (1 - 1/e) of the largest cut; a fine of 0 gives none.",
        }),
      })
      .default({ maxCut: 0.5, payHours: 1 })
      .meta({
        description:
          "(d) Behaviour (assumption): the reaction time is multiplied by 1 - maxCut x (1 - exp(-fine / (hourly pay x payHours))), where fine is fines.lateManager and hourly pay the named manager's; the default curve is an assumption.",
      }),
    inHand: z.enum(["finish", "hand-off"]).default("finish").meta({
      description:
        "(d) A named manager busy with a client finishes that client first, or hands the client to a free colleague of the same pool (when there is one) and leaves at once.",
    }),
    patience: distributionSchema.optional().meta({
      description:
        "(d) Behaviour (assumption): how long a client told that a manager is coming waits before leaving (from the end of the consultant's call; drawn with the client's own patience draw). None: the client waits.",
    }),
    busyCountsAsNotStarting: z.boolean().default(true).meta({
      description: "(d) A consultant busy with another client at N counts as not starting (both fined).",
    }),
    overloaded: z
      .strictObject({
        nobodyFree: z
          .boolean()
          .default(true)
          .meta({ description: "Overloaded when nobody in the owner's pool is free." }),
        waitingAtLeast: z.int().min(0).optional().meta({
          description: "Overloaded when at least this many clients wait there (no such limit when left out).",
        }),
      })
      .default({ nobodyFree: true })
      .meta({
        description: "(d) When the owner's pool counts as overloaded: the consultant serves alone, nobody is fined.",
      }),
    leaflet: z
      .strictObject({
        toOwnExtension: probability.meta({
          description:
            "Behaviour (assumption): share of clients who, after the leaflet and card at a retail deal, call their own manager instead of walking in.",
        }),
        channel: name.meta({ description: "The channel they call by (the own extension)." }),
      })
      .optional()
      .meta({
        description:
          "(rule 7) At a first deal on the walk-in floor, a leaflet and a regular-client card point the client to their own manager (none when left out).",
      }),
  })
  .meta({
    description: "The repeat walk-in of a client registered with another department (rules 7 and 8 of the thread).",
  });

export const finesSchema = z
  .strictObject({
    lateManager: z
      .number()
      .nonnegative()
      .max(MAX_AMOUNT)
      .default(0)
      .meta({ description: "Fine (scenario currency) of the manager who is not at the workstation within N." }),
    notStartedConsultant: z.number().nonnegative().max(MAX_AMOUNT).default(0).meta({
      description: "Fine (scenario currency) of the consultant who does not start serving at N.",
    }),
    notStartedManager: z.number().nonnegative().max(MAX_AMOUNT).default(0).meta({
      description: "Fine (scenario currency) of the manager, too, when the consultant does not start at N.",
    }),
  })
  .default({ lateManager: 0, notStartedConsultant: 0, notStartedManager: 0 })
  .meta({
    description:
      "Fines per broken rule (scenario currency); money moves from staff to the company, never counted as income.",
  });

export const creditSchema = z
  .strictObject({
    policy: z.enum(["closer", "first-contact", "split"]).default("closer").meta({
      description:
        "Who is credited with a deal's revenue when a phone consultation led to a visit: the one who closed it, the first contact, or both.",
    }),
    firstContactShare: probability
      .default(0.5)
      .meta({ description: "With split: the first contact's share (0-1) of the deal." }),
  })
  .default({ policy: "closer", firstContactShare: 0.5 })
  .meta({ description: "Revenue credit (rule 5a): drives plans and KPIs, not the company's revenue." });

export const planSchema = z.strictObject({
  department: name.meta({ description: "The department this plan is for." }),
  revenuePerMonth: z
    .number()
    .positive()
    .finite()
    .meta({ description: "Revenue plan per 30 days, in the scenario currency (credited revenue)." }),
  salesPerMonth: z.number().positive().finite().meta({ description: "Plan of deals per 30 days (credited deals)." }),
  weights: z
    .strictObject({
      revenue: z
        .number()
        .nonnegative()
        .finite()
        .meta({ description: "Weight of revenue attainment in the score (relative to sales)." }),
      sales: z
        .number()
        .nonnegative()
        .finite()
        .meta({ description: "Weight of attainment of the number of deals in the score (relative to revenue)." }),
    })
    .default({ revenue: 0.5, sales: 0.5 })
    .meta({ description: "Weights of the two attainments in the department's score." }),
});

export const headSchema = z.strictObject({
  name: plainKey.min(1).max(80).meta({ description: "The admin or head, as named in the results (once each)." }),
  departments: z.record(name, z.number().nonnegative().finite()).meta({
    description: "Departments run and the weight of each department's score in this person's score.",
  }),
});
