import type { z } from "zod";
import type { FieldMetaText } from "../../scenario/schema/fieldMeta.js";
import type { DurationInput } from "../../time/index.js";

/**
 * The schema of the values a distribution is stated in: durations (seconds or "4 min") for
 * times, plain numbers for money. Factories convert both with `toSeconds`, which leaves plain
 * numbers as they are.
 */
export type ValueField = z.ZodType<DurationInput>;

/**
 * `value` described as `what`, followed by its unit (the value schema's own description), in
 * English and in Russian (`ru.label` and `ru.what`, followed by the unit's Russian description).
 */
export function describedValue(value: ValueField, what: string, ru: { label: string; what: string }): ValueField {
  const unit = value.description;
  const ruUnit = (value.meta() as FieldMetaText | undefined)?.ru?.description;
  return value.meta({
    description: unit === undefined ? `${what}.` : `${what}: ${unit}`,
    ru: { label: ru.label, description: ruUnit === undefined ? `${ru.what}.` : `${ru.what}: ${ruUnit}` },
  });
}
