import { z } from "zod";
import { clockTime, name } from "./fields.js";

export const routeSchema = z.strictObject({
  match: z
    .strictObject({
      channel: name.optional(),
      segment: name.optional(),
      status: z.enum(["new", "lead", "registered"]).optional(),
      owner: name.optional().meta({ description: "Department that owns the client, or 'none'." }),
      deals: z
        .strictObject({ min: z.int().min(0).optional(), max: z.int().min(0).optional() })
        .optional()
        .meta({ description: "Deals the client has made so far, inclusive bounds." }),
      time: z
        .strictObject({ from: clockTime, to: clockTime })
        .optional()
        .meta({ description: "Time of day [from, to)." }),
      saidColdCalled: z.boolean().optional().meta({ description: "The caller said they were cold-called." }),
    })
    .default({})
    .meta({
      description:
        "What a contact must have for this rule to apply (empty: everything). Before a caller is identified only rules on channel and time can apply.",
    }),
  pool: name,
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
