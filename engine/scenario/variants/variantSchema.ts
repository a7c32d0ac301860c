import { z } from "zod";
import { plainKey } from "../schema/fields.js";

const path = z.string().min(1).max(500).meta({
  description:
    'Where to change: keys joined by ".", list items picked by name or index, e.g. "pools[operators].staff".',
});

export const changeSchema = z.union([
  z
    .strictObject({ set: path, value: z.unknown() })
    .meta({ description: "Replace the value at a path (or add a key)." }),
  z.strictObject({ add: path, value: z.unknown() }).meta({ description: "Append an item to the list at a path." }),
  z.strictObject({ remove: path }).meta({ description: "Delete the key or list item at a path." }),
]);

export type Change = z.infer<typeof changeSchema>;

/** A scenario stated as changes to another: validated after the changes are applied. */
export const variantSchema = z
  .strictObject({
    $schema: z.string().optional(),
    extends: z
      .string()
      .min(1)
      .meta({ description: "The scenario (or variant) file this one changes, relative to it." }),
    name: z.string().min(1).max(200).optional().meta({ description: "The name of the result (default: the base's)." }),
    description: z.string().optional(),
    notes: z.record(plainKey, z.string()).optional(),
    changes: z.array(changeSchema).min(1),
  })
  .meta({ title: "Clientflow scenario variant", description: "A scenario stated as changes to another." });

export type Variant = z.infer<typeof variantSchema>;
