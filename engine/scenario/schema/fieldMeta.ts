/**
 * What the scenario's fields say of themselves besides the English `description`, in their
 * `.meta()`: the label and help in Russian, and an English label where the key reads badly.
 * `z.toJSONSchema` copies them into the JSON Schema, where the studio's editor reads them.
 */
export interface FieldMetaText {
  /** Russian label and help, as the company speaks. */
  ru?: { label: string; description: string };
  /** English short label, where the one from the key reads badly. */
  en?: { label: string };
}

declare module "zod" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalMeta extends FieldMetaText {}
}
