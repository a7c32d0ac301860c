/**
 * What the scenario's fields say of themselves besides the English `description`, in their
 * `.meta()`: the label and help in Russian, an English label where the key reads badly, and the
 * words for the values a field offers. `z.toJSONSchema` copies them into the JSON Schema, where
 * the studio's editor reads them.
 */
export interface FieldMetaText {
  /** Russian label and help, as the company speaks. */
  ru?: { label: string; description: string };
  /** English short label, where the one from the key reads badly. */
  en?: { label: string };
  /**
   * How the values a field offers are shown, by value: the scenario keeps the value
   * ("longest-idle"), a form shows the words ("Дольше всех свободный", "Longest idle").
   *
   * - On an enum (`z.enum([...]).meta({ options })`): every value of the enum. Put them on the
   *   enum itself when it is shared (`weekday`), so that every field and record key made of it
   *   has them: `z.toJSONSchema` keeps them when a field adds its own `.meta()`.
   * - On a union chosen by `kind`: each branch labels its own kind, on its `kind` literal
   *   (`kind: z.literal("gamma").meta({ options: { gamma: { ru: "Гамма", en: "Gamma" } } })`),
   *   so a branch brings its words wherever the union is used.
   *
   * `test/engine/scenario/optionsInRussian.test.ts` keeps every enum value and every kind labelled.
   */
  options?: Readonly<Record<string, OptionLabel>>;
}

/** The words for one value of a field: Russian, as the company speaks, and readable English. */
export interface OptionLabel {
  ru: string;
  en: string;
}

declare module "zod" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalMeta extends FieldMetaText {}
}
