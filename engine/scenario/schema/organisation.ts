import { z } from "zod";
import { distributionSchema, MAX_AMOUNT } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { selectionSchema } from "../../model/selection/registry.js";
import { clockTime, floor, name, plainKey, probability, weekday } from "./fields.js";

export const departmentSchema = z.strictObject({
  name,
  description: z.string().optional(),
  floor: floor.default(1),
});

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
  role: plainKey.max(80).optional().meta({ description: "Job title, e.g. 'order operator-consultant'." }),
  shift: shiftSchema.optional().meta({ description: "Working hours (default: opening hours)." }),
  hourlyCost: z
    .number()
    .nonnegative()
    .max(MAX_AMOUNT)
    .optional()
    .meta({ description: "Wage per hour on shift, in the scenario currency." }),
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
  role: plainKey.max(80).optional(),
  hourlyCost: z.number().nonnegative().max(MAX_AMOUNT).optional(),
});

export const poolSchema = z.strictObject({
  name,
  description: z.string().optional(),
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
    .default({ capacity: null }),
  wrapUp: distributionSchema
    .optional()
    .meta({ description: "After-work per service, during which the agent serves nobody." }),
  overflow: z
    .strictObject({
      pool: name,
      afterWait: durationField
        .optional()
        .meta({ description: "A client who has waited this long here moves to that pool." }),
      whenWaiting: z
        .int()
        .min(0)
        .optional()
        .meta({ description: "A client who finds this many waiting here goes there at once." }),
    })
    .optional()
    .meta({ description: "Where clients go when this pool is slow (they go on waiting there; no second overflow)." }),
  helps: z
    .array(z.strictObject({ pool: name, whenWaiting: z.int().min(1) }))
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
      answerProbability: probability.meta({ description: "Chance that an attempt reaches someone." }),
      segments: z.record(name, z.number().nonnegative().finite()).meta({
        description: "Segments called, as relative shares (prospects' segments, or registered clients' segments).",
      }),
      leadProbability: probability
        .default(0)
        .meta({ description: "Cold calls: chance that a conversation gives a lead." }),
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
          value: z.number().nonnegative().finite(),
          time: distributionSchema,
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
        .strictObject({ share: z.number().min(0).max(1), time: distributionSchema })
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

export const phoneSchema = z
  .strictObject({
    lines: z.int().min(1).max(100_000).nullable().default(null).meta({
      description:
        "Simultaneous calls the public number carries (waiting, talking or being transferred); null: unlimited.",
    }),
    transfer: z
      .strictObject({
        time: distributionSchema.default({ kind: "deterministic", value: 20 }).meta({
          description: "Time the answering person spends identifying the caller and transferring the call.",
        }),
        ringTimeout: durationField.default(30).meta({
          description: "A transferred call nobody picks up within this time is lost (transfer not answered).",
        }),
      })
      .default({ time: { kind: "deterministic", value: 20 }, ringTimeout: 30 }),
  })
  .meta({ description: "The public phone number and transfers between extensions." });
