import type { z } from "zod";
import type { DurationInput } from "../../time/index.js";

/**
 * The schema of the values a distribution is stated in: durations (seconds or "4 min") for
 * times, plain numbers for money. Factories convert both with `toSeconds`, which leaves plain
 * numbers as they are.
 */
export type ValueField = z.ZodType<DurationInput>;

/** `value` described as `what`, followed by its unit (the value schema's own description). */
export function describedValue(value: ValueField, what: string): ValueField {
  const unit = value.description;
  return value.meta({ description: unit === undefined ? `${what}.` : `${what}: ${unit}` });
}
