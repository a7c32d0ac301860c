import { z } from "zod";
import { metricSelector } from "../results/index.js";
import { changeSchema, isPrototypeKey } from "../scenario/index.js";
import { staffingSchema } from "../staffing/staffingSchema.js";

/** Text used as a key of the results (set-up names): never a prototype key. */
const key = z
  .string()
  .min(1)
  .refine((s) => !isPrototypeKey(s), { message: 'expected anything but "__proto__", "constructor" or "prototype"' });

const sweepSchema = z
  .union([
    z.strictObject({
      path: z.string().min(1),
      values: z.array(z.unknown()).min(1).max(100),
    }),
    z.strictObject({
      path: z.string().min(1),
      from: z.number().finite(),
      to: z.number().finite(),
      step: z.number().positive().finite().default(1),
    }),
  ])
  .meta({
    description: 'A parameter to vary: a path (as in variants) and its values, or a range "from".."to" by "step".',
  });

/** An experiment: a base scenario, named variants as changes to it, and how to run them. */
export const experimentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).max(200),
    description: z.string().optional(),
    base: z.string().min(1).meta({ description: "The base scenario (or variant) file, relative to this file." }),
    variants: z
      .array(
        z.strictObject({
          name: key.max(200),
          description: z.string().optional(),
          changes: z.array(changeSchema).default([]),
        }),
      )
      .default([])
      .meta({ description: "Named set-ups compared with the base, each as changes to it." }),
    sweeps: z
      .array(sweepSchema)
      .max(4)
      .default([])
      .meta({ description: "Parameters to vary on the base; several form a grid (every combination is a variant)." }),
    sensitivity: z
      .array(
        z.strictObject({
          name: key.max(80),
          description: z.string().optional(),
          changes: z.array(changeSchema).min(1),
        }),
      )
      .max(10)
      .default([])
      .meta({
        description:
          "Assumptions to test: each case applies its changes on top of every set-up (e.g. 20% more calls) and ranks the set-ups again on the same clients, so the verdict can say whether the ranking holds. Each case runs every set-up again: it multiplies the work.",
      }),
    replications: z.int().min(2).max(10_000).default(10),
    seed: z.string().min(1).default("1"),
    staffing: staffingSchema.optional(),
    objective: z
      .strictObject({
        metric: metricSelector,
        direction: z.enum(["higher", "lower"]).optional().meta({
          description: "Which way is better; default: the measure's own direction in the catalogue.",
        }),
      })
      .default({ metric: { scope: "money", measure: "profitPerDay" } })
      .meta({
        description:
          'What ranks the set-ups: one row, e.g. { "metric": { "scope": "money", "measure": "profitPerDay" } } (the default).',
      }),
    constraints: z
      .array(
        z
          .strictObject({
            metric: metricSelector,
            atMost: z.number().finite().optional(),
            atLeast: z.number().finite().optional(),
          })
          .refine((c) => c.atMost !== undefined || c.atLeast !== undefined, {
            message: "expected atMost or atLeast (or both)",
          }),
      )
      .max(20)
      .default([])
      .meta({
        description:
          'Bounds a set-up must keep to rank above those that break them, on the mean over replications, e.g. { "metric": { "scope": "inbound", "measure": "pAbandon" }, "atMost": 0.05 } (shares are 0-1).',
      }),
    metrics: z.array(metricSelector).optional().meta({
      description:
        'Rows shown in the comparison table (default: the owner\'s key figures), each by its columns, e.g. { "scope": "pool", "subject": "operators", "measure": "meanWait" }; each must be a row the base reports.',
    }),
  })
  .meta({ title: "Clientflow experiment", description: "Set-ups compared on common random numbers." });

export type ExperimentInput = z.input<typeof experimentSchema>;
export type Experiment = z.output<typeof experimentSchema>;
