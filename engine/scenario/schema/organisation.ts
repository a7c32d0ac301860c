import { z } from "zod";
import { distributionSchema, MAX_AMOUNT } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { selectionSchema } from "../../model/selection/registry.js";
import { clockTime, description, floor, labels, name, plainKey, probability, weekday } from "./fields.js";

export const departmentSchema = z.strictObject({
  name: name.meta({ description: "Name of the department, as pools, routing, plans and results name it." }),
  labels,
  description,
  floor: floor.default(1).meta({ description: "The floor where the department works (1 is the street level)." }),
});

const shiftSchema = z.strictObject({
  start: clockTime.meta({ description: 'Start of the working day, "HH:MM".' }),
  end: clockTime.meta({ description: 'End of the working day, "HH:MM", after the start ("24:00" for midnight).' }),
  weekdays: z.array(weekday).optional().meta({ description: "Days this shift is worked (default: every open day)." }),
  breaks: z
    .array(
      z.strictObject({
        start: clockTime.meta({ description: 'When the break starts, "HH:MM", within the shift.' }),
        duration: durationField.meta({ description: 'Length of the break, in seconds or as text ("15 min").' }),
      }),
    )
    .default([])
    .meta({ description: "Breaks; a break starts when the current service ends." }),
});

const staffMember = z.strictObject({
  name: name.meta({ description: "The person's name, as the results and the timeline show it." }),
  labels,
  role: plainKey.max(80).optional().meta({ description: "Job title, e.g. 'order operator-consultant'." }),
  shift: shiftSchema.optional().meta({ description: "Working hours (default: opening hours)." }),
  hourlyCost: z
    .number()
    .nonnegative()
    .max(MAX_AMOUNT)
    .optional()
    .meta({ description: "Wage per hour on shift, in the scenario currency (0 when left out)." }),
});

const staffCounts = z.record(clockTime, z.int().min(0).max(10_000)).meta({
  description:
    'How many are on duty from each time of day, e.g. {"09:00": 2, "11:00": 4, "17:00": 2} (none before the first).',
});

const rosterSchema = z.strictObject({
  byInterval: staffCounts,
  byWeekday: z.partialRecord(weekday, staffCounts).default({}).meta({
    description: "A roster of its own for some weekdays, replacing byInterval on those days.",
  }),
  role: plainKey.max(80).optional().meta({ description: "Job title of everyone on the roster." }),
  hourlyCost: z.number().nonnegative().max(MAX_AMOUNT).optional().meta({
    description: "Wage per hour on shift of everyone on the roster, in the scenario currency (0 when left out).",
  }),
});

export const poolSchema = z.strictObject({
  name: name.meta({ description: "Name of the pool, as routing, other pools and results name it." }),
  labels,
  description,
  department: name.optional().meta({ description: "The department this pool belongs to." }),
  floor: floor.optional().meta({ description: "Where its workstations are (default: the department's floor)." }),
  staff: z.union([z.int().min(0).max(10_000), z.array(staffMember).max(10_000), rosterSchema]).meta({
    description:
      "A number of identical agents on duty during opening hours, named staff with shifts, or a roster of how many are on duty from each time of day.",
  }),
  selection: selectionSchema.default({ kind: "least-workload", tolerance: 0.005 }),
  queue: z
    .strictObject({
      capacity: z.int().min(0).max(1_000_000).nullable().default(null).meta({
        description: "Waiting places; a client who finds them all taken is blocked (null: unlimited).",
      }),
    })
    .default({ capacity: null })
    .meta({ description: "The pool's waiting line." }),
  wrapUp: distributionSchema
    .optional()
    .meta({ description: "After-work per service, during which the agent serves nobody." }),
  overflow: z
    .strictObject({
      pool: name.meta({ description: "The pool the clients move to (its name)." }),
      afterWait: durationField.optional().meta({
        description: "A client who has waited this long here (seconds or text with units) moves to that pool.",
      }),
      whenWaiting: z
        .int()
        .min(0)
        .optional()
        .meta({ description: "A client who finds this many clients waiting here goes there at once." }),
    })
    .optional()
    .meta({ description: "Where clients go when this pool is slow (they go on waiting there; no second overflow)." }),
  helps: z
    .array(
      z.strictObject({
        pool: name.meta({ description: "The pool whose waiting clients this pool's free staff take." }),
        whenWaiting: z.int().min(1).meta({ description: "Clients waiting there (at least 1) from which they help." }),
      }),
    )
    .default([])
    .meta({
      description: "Blending: free staff of this pool take clients of another pool while that many or more wait there.",
    }),
  outbound: z
    .strictObject({
      kind: z.enum(["cold-calls", "base-calls"]).meta({
        description: "Cold calls to prospects (a conversation may give a lead), or calls to registered clients.",
      }),
      channel: name.meta({ description: "The channel of the conversations (for statistics and work content)." }),
      attempt: distributionSchema.meta({ description: "Time of an attempt that reaches nobody (dialling, ringing)." }),
      answerProbability: probability.meta({ description: "Chance (0-1) that an attempt reaches someone." }),
      segments: z.record(name, z.number().nonnegative().finite()).meta({
        description: "Segments called, as relative shares (prospects' segments, or registered clients' segments).",
      }),
      leadProbability: probability
        .default(0)
        .meta({ description: "Cold calls: chance (0-1) that a conversation gives a lead." }),
      leadTo: name.optional().meta({ description: "Cold calls: the pool that calls leads back to close them." }),
      leadChannel: name.optional().meta({ description: "Cold calls: the channel of the calls back to leads." }),
    })
    .optional()
    .meta({
      description: "Work the pool's staff do whenever no client needs them (it is finished before they take one).",
    }),
  duties: z
    .strictObject({
      departments: z.array(name).min(1).meta({ description: "The departments this pool's admins run." }),
      approveDealsOver: z
        .strictObject({
          value: z
            .number()
            .nonnegative()
            .finite()
            .meta({ description: "The smallest deal (scenario currency) that needs an admin's approval." }),
          time: distributionSchema.meta({ description: "Time the admin takes to approve one deal." }),
          clientWaits: z.boolean().default(false).meta({
            description:
              "The client, and the one who serves them, wait for the approval before the client pays (so the admin's load delays sales); false: the admin approves afterwards and nobody waits (an assumption of the default).",
          }),
        })
        .optional()
        .meta({
          description:
            "Deals at least this large in those departments wait for an admin's approval (taking this time).",
        }),
      complaints: z
        .strictObject({
          share: z
            .number()
            .min(0)
            .max(1)
            .meta({ description: "Share (0-1) of the clients those departments lose who complain." }),
          time: distributionSchema.meta({ description: "Time the admin takes to handle one complaint." }),
        })
        .optional()
        .meta({
          description: "A share of the clients those departments lose complain to an admin (taking this time).",
        }),
    })
    .optional()
    .meta({ description: "Admin duties that take time; an admin over two floors walks to the client's floor." }),
  idleWork: z.enum(["none", "merchandising"]).default("none").meta({
    description: "What staff do while no client needs them; merchandising is dropped at once for a client.",
  }),
});

/** A transfer when the scenario says nothing about it: 20 seconds to transfer, 30 seconds of ringing. */
const TRANSFER_DEFAULT = { time: { kind: "deterministic" as const, value: 20 }, ringTimeout: 30 };

export const phoneSchema = z
  .strictObject({
    lines: z.int().min(1).max(100_000).nullable().default(null).meta({
      description:
        "Simultaneous calls the public number carries (waiting, talking or being transferred); null: unlimited.",
    }),
    transfer: z
      .strictObject({
        time: distributionSchema.default(TRANSFER_DEFAULT.time).meta({
          description: "Time the answering person spends identifying the caller and transferring the call.",
        }),
        ringTimeout: durationField.default(TRANSFER_DEFAULT.ringTimeout).meta({
          description: "A transferred call nobody picks up within this time is lost (transfer not answered).",
        }),
      })
      .default(TRANSFER_DEFAULT)
      .meta({ description: "Transfers from the person who answers a call to the person who serves it." }),
  })
  .default({ lines: null, transfer: TRANSFER_DEFAULT })
  .meta({ description: "The public phone number and transfers between extensions." });
