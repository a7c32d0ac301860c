import { z } from "zod";
import { CLOCK_TIME_PATTERN, WEEKDAYS } from "../../time/index.js";
import { isPrototypeKey } from "../prototypeKeys.js";

const notPrototypeKey = [
  (s: string) => !isPrototypeKey(s),
  { message: 'expected anything but "__proto__", "constructor" or "prototype"' },
] as const;

/** Names that other fields refer to (segments, channels, pools, staff): letters in any script. */
export const name = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.:-]*$/u, {
    message: "expected a name of letters, digits, spaces, '_', '.', ':' or '-'",
  })
  .refine(...notPrototypeKey);

/** A key of a record whose keys are free text (notes): any text but a prototype key. */
export const plainKey = z.string().refine(...notPrototypeKey);

export const clockTime = z.string().regex(CLOCK_TIME_PATTERN, { message: 'expected a time of day "HH:MM"' });
export const weekday = z.enum(WEEKDAYS);
export const probability = z.number().min(0).max(1);
/**
 * The largest weekday or month factor of an arrival rate: seasonality within a factor of ten,
 * so that a rate at its bound (100,000 an hour) cannot grow without limit.
 */
export const MAX_RATE_FACTOR = 10;
export const floor = z.int().min(-5).max(200).meta({ description: "Floor number (1 is the street level)." });
