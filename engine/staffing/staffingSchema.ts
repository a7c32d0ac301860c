import { z } from "zod";
import { MEASURES } from "../results/index.js";
import { DURATION_PATTERN, toSeconds } from "../time/index.js";
import { shiftRuleSchema } from "./shiftRulesSchema.js";

/** A bound: a number in the metric's unit, or for a time metric a duration as elsewhere ("3 min"). */
const bound = z
  .union([
    z.number().finite(),
    z.string().regex(DURATION_PATTERN, { message: 'expected a number or a duration such as "90 s" or "3 min"' }),
  ])
  .optional()
  .meta({ description: 'A number in the metric\'s unit (shares 0-1), or for a time metric a duration ("3 min").' });

const target = z
  .strictObject({
    metric: z.string().min(1).meta({
      description: 'A per-contact metric of the pool in each interval, e.g. "slServed.20", "pAbandon", "meanWait".',
    }),
    atLeast: bound,
    atMost: bound,
    pool: z.string().min(1).optional().meta({ description: "Only for this pool (default: every pool staffed)." }),
  })
  .superRefine((t, ctx) => {
    const unit = (MEASURES as Record<string, { unit: string } | undefined>)[t.metric]?.unit;
    for (const key of ["atLeast", "atMost"] as const) {
      if (typeof t[key] === "string" && unit !== "seconds")
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `a number: a duration fits only a time metric such as "meanWait", and "${t.metric}" is not one`,
        });
    }
  })
  .transform((t) => ({
    ...t,
    atLeast: typeof t.atLeast === "string" ? toSeconds(t.atLeast) : t.atLeast,
    atMost: typeof t.atMost === "string" ? toSeconds(t.atMost) : t.atMost,
  }))
  .meta({
    description:
      "A target every interval of the day must meet (mean over the replications; during the search with the margin that confidence sets).",
  });

/** What `clientflow staff` looks for: the pools to staff per interval of the day, and the targets. */
export const staffingSchema = z
  .strictObject({
    pools: z.array(z.string().min(1)).min(1).meta({ description: "Pools to give a roster per interval of the day." }),
    targets: z.array(target).default([]),
    mode: z.enum(["targets", "profit"]).default("targets").meta({
      description: "The least staff that meets the targets, or the staffing with the most profit (margin - wages).",
    }),
    maxStaff: z.int().min(1).max(500).default(30).meta({
      description: "At most this many per pool and interval (with shift rules: people per pool and weekday).",
    }),
    replications: z.int().min(2).max(1000).default(5).meta({ description: "Replications per candidate (search)." }),
    confidence: z.number().min(0.5).lt(1).default(0.5).meta({
      description:
        "One-sided confidence with which the search (and its correction on checkSeed) holds an interval to each target: it counts as met only when the target holds by a margin of t standard errors over the replications (mean - t·se ≥ atLeast, mean + t·se ≤ atMost; t the Student t quantile at this level, replications - 1 degrees of freedom), so that the roster still meets it on fresh seeds. 0.5 (the default): the mean alone. A margin drives the search to `maxStaff` in any interval whose target staff cannot reach (e.g. the operators' service level, capped by the returning walk-ins they are summoned to serve): use it where more staff does raise the figure. The final re-check reports the mean.",
    }),
    checkReplications: z.int().min(2).max(10_000).default(10).meta({ description: "Replications of the re-check." }),
    checkSeed: z.string().min(1).default("check").meta({ description: "Seed of the re-check (fresh streams)." }),
    maxRounds: z.int().min(1).max(1000).default(40),
    shifts: z.record(z.string().min(1), shiftRuleSchema).optional().meta({
      description:
        "Shift rules per pool (keys: pools named in pools). With them the search staffs whole shifts per weekday, all pools jointly; without them, a head count per interval of the day.",
    }),
  })
  .superRefine((s, ctx) => {
    if (s.shifts === undefined) return;
    for (const pool of Object.keys(s.shifts))
      if (!s.pools.includes(pool))
        ctx.addIssue({
          code: "custom",
          message: `expected a pool named in pools; found "${pool}"`,
          path: ["shifts", pool],
        });
    for (const [i, pool] of s.pools.entries())
      if (s.shifts[pool] === undefined)
        ctx.addIssue({
          code: "custom",
          message: `expected shift rules for "${pool}" (every pool staffed needs them)`,
          path: ["pools", i],
        });
  })
  .meta({ description: "The staffing search of `clientflow staff`." });

export type Staffing = z.output<typeof staffingSchema>;
