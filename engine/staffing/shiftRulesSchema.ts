import { z } from "zod";
import { CLOCK_TIME_PATTERN, clockToSeconds, durationField, toSeconds, WEEKDAYS } from "../time/index.js";
import { clockTime } from "../scenario/schema/fields.js";

/** Seconds of a duration, or NaN when it is malformed (its own field reports that). */
function secondsOrNaN(d: Parameters<typeof toSeconds>[0]): number {
  try {
    return toSeconds(d);
  } catch {
    return NaN;
  }
}

const breakRule = z
  .strictObject({
    duration: durationField.meta({
      description: 'Length of the break, in seconds or as text ("45 min").',
      ru: { label: "Длительность", description: 'Длительность перерыва в секундах или текстом ("45 min").' },
    }),
    earliest: durationField.meta({
      description: 'The earliest start of the break, after the start of the shift (e.g. "3 h").',
      ru: { label: "Не раньше", description: 'Самое раннее начало перерыва от начала смены (например "3 h").' },
    }),
    forShiftsOf: z.number().min(0).max(24).default(0).meta({
      description: "Only shifts at least this many hours long have this break (default 0: every shift it fits in).",
    }),
    latest: durationField.meta({
      description:
        'The latest start of the break, after the start of the shift (e.g. "5 h"); at least the earliest. Breaks of people on the same shift are spread over this window, one interval of the day apart.',
      ru: {
        label: "Не позже",
        description:
          'Самое позднее начало перерыва от начала смены (например "5 h"); не раньше `earliest`. Перерывы людей одной смены разносятся по этому окну, через интервал дня друг от друга.',
      },
    }),
  })
  .refine((b) => !(secondsOrNaN(b.earliest) > secondsOrNaN(b.latest)), {
    message: "expected the latest start at least the earliest",
    path: ["latest"],
  })
  .meta({
    description:
      "A paid break of every shift long enough to hold it (a shift whose end comes before the earliest start plus the length has none).",
  });

/** The shifts a pool's people may work: the search chooses how many work each one each weekday. */
export const shiftRuleSchema = z
  .strictObject({
    starts: z
      .array(clockTime)
      .min(1)
      .max(48)
      .meta({ description: 'Allowed start times of a shift, "HH:MM" (e.g. ["09:00", "10:00", "11:00"]).' }),
    minHours: z
      .number()
      .gt(0)
      .max(24)
      .default(4)
      .meta({ description: "Shortest shift, in hours, breaks included (default 4)." }),
    maxHours: z
      .number()
      .gt(0)
      .max(24)
      .default(9)
      .meta({ description: "Longest shift, in hours, breaks included (default 9)." }),
    stepHours: z
      .number()
      .gt(0)
      .max(24)
      .default(1)
      .meta({ description: "Shift lengths run from minHours to maxHours in steps of this many hours (default 1)." }),
    breaks: z.array(breakRule).max(4).default([]).meta({ description: "Breaks of each shift (default none)." }),
    weekdays: z
      .array(z.enum(WEEKDAYS))
      .min(1)
      .optional()
      .meta({ description: "Weekdays on which the pool is staffed (default: every open day)." }),
    hourlyCost: z.number().nonnegative().optional().meta({
      description:
        "Wage per hour on shift, breaks included, in the scenario currency (default: that of the pool's first person).",
    }),
  })
  .superRefine((r, ctx) => {
    if (r.minHours > r.maxHours)
      ctx.addIssue({ code: "custom", message: `expected at least minHours (${r.minHours})`, path: ["maxHours"] });
    const seen = new Set<string>();
    r.starts.forEach((s, i) => {
      if (seen.has(s))
        ctx.addIssue({ code: "custom", message: `expected each start once; ${s} repeats`, path: ["starts", i] });
      seen.add(s);
      if (CLOCK_TIME_PATTERN.test(s) && clockToSeconds(s) + r.minHours * 3600 > 24 * 3600)
        ctx.addIssue({
          code: "custom",
          message: `expected a start from which a shift of minHours (${r.minHours} h) ends by 24:00`,
          path: ["starts", i],
        });
    });
  })
  .meta({ description: "Shift rules of one pool: allowed starts, lengths, breaks and weekdays." });

export type ShiftRule = z.output<typeof shiftRuleSchema>;
