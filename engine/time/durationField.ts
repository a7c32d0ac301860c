import { z } from "zod";
import { DURATION_PATTERN } from "./duration.js";

/** The zod schema of a scenario duration (validated here, converted by `toSeconds`). */
export const durationField = z
  .union([
    z.number().nonnegative().finite(),
    z.string().regex(DURATION_PATTERN, { message: 'expected a duration such as "90 s", "4 min" or "1h 30m"' }),
  ])
  .meta({
    description: 'seconds as a number, or text with units: "90 s", "4 min", "1.5 h", "1h 30m".',
    ru: {
      label: "Длительность",
      description: 'секунды числом или текст с единицами: "90 s", "4 min", "1.5 h", "1h 30m".',
    },
  });
