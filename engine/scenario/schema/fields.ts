import { z } from "zod";
import { CLOCK_TIME_PATTERN, WEEKDAYS } from "../../time/index.js";
import { isPrototypeKey } from "../prototypeKeys.js";
// The `ru` and `en` texts every field gives in its `.meta()` (a type augmentation of zod).
import type {} from "./fieldMeta.js";

const notPrototypeKey = [
  (s: string) => !isPrototypeKey(s),
  { message: 'expected anything but "__proto__", "constructor" or "prototype"' },
] as const;

/**
 * Names that other fields refer to (segments, channels, pools, staff): any script and ordinary
 * punctuation ("Менеджер №2", «VIP» (old base)). Refused only what the files themselves need:
 * "[" and "]" pick a list item in a change path (`pools[operators]`), '"' and "\\" would need
 * escaping wherever a name is quoted; also control and invisible format characters, and
 * spaces at either end (two names differing only there would look the same).
 */
export const name = z
  .string()
  .min(1)
  .max(80)
  .regex(/^(?!\s)[^[\]"\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+(?<!\s)$/u, {
    message: "expected a name without '[', ']', '\"', '\\' or control characters, and no space at either end",
  })
  .refine(...notPrototypeKey);

/** A key of a record whose keys are free text (notes): any text but a prototype key. */
export const plainKey = z.string().refine(...notPrototypeKey);

export const clockTime = z.string().regex(CLOCK_TIME_PATTERN, { message: 'expected a time of day "HH:MM"' });
export const weekday = z.enum(WEEKDAYS).meta({
  options: {
    mon: { ru: "Понедельник", en: "Monday" },
    tue: { ru: "Вторник", en: "Tuesday" },
    wed: { ru: "Среда", en: "Wednesday" },
    thu: { ru: "Четверг", en: "Thursday" },
    fri: { ru: "Пятница", en: "Friday" },
    sat: { ru: "Суббота", en: "Saturday" },
    sun: { ru: "Воскресенье", en: "Sunday" },
  },
});
/** A client's status (new, lead, registered) in words, for every field that names it. */
export const CLIENT_STATUS_WORDS = {
  new: { ru: "Новый клиент", en: "New client" },
  lead: { ru: "Лид", en: "Lead" },
  registered: { ru: "Клиент из базы", en: "Registered client" },
} as const;

/** A month of the year, as the calendar's start and its seasonality name it. */
export const month = z.enum(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]).meta({
  options: {
    jan: { ru: "Январь", en: "January" },
    feb: { ru: "Февраль", en: "February" },
    mar: { ru: "Март", en: "March" },
    apr: { ru: "Апрель", en: "April" },
    may: { ru: "Май", en: "May" },
    jun: { ru: "Июнь", en: "June" },
    jul: { ru: "Июль", en: "July" },
    aug: { ru: "Август", en: "August" },
    sep: { ru: "Сентябрь", en: "September" },
    oct: { ru: "Октябрь", en: "October" },
    nov: { ru: "Ноябрь", en: "November" },
    dec: { ru: "Декабрь", en: "December" },
  },
});
export const probability = z.number().min(0).max(1);
/**
 * The largest weekday or month factor of an arrival rate: seasonality within a factor of ten,
 * so that a rate at its bound (100,000 an hour) cannot grow without limit.
 */
export const MAX_RATE_FACTOR = 10;
export const floor = z
  .int()
  .min(-5)
  .max(200)
  .meta({
    description: "Floor number (1 is the street level).",
    ru: { label: "Этаж", description: "Номер этажа (1 — вход с улицы)." },
  });

/** What a named thing is, in a sentence, for whoever reads the scenario (free text, not used by the simulation). */
export const description = z
  .string()
  .optional()
  .meta({
    description: "What this is, in a sentence, for whoever reads the scenario (free text; the simulation ignores it).",
    ru: {
      label: "Описание",
      description: "Что это, одной фразой, для того, кто читает сценарий (свободный текст; модель его не использует).",
    },
  });

/**
 * How a named thing is shown in each language; every output in that language shows its label,
 * and the name where none is given. The name stays what other fields refer to.
 */
export const labels = z
  .strictObject({
    en: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .optional()
      .meta({
        description: "How English output shows it.",
        ru: { label: "По-английски", description: "Как это показывают английские результаты." },
      }),
    ru: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .optional()
      .meta({
        description: "How Russian output shows it.",
        ru: { label: "По-русски", description: "Как это показывают русские результаты." },
      }),
  })
  .optional()
  .meta({
    description:
      'Display names per language, e.g. {"ru": "Операторы", "en": "Order operators"}: the results, the terminal and the viewer show the one of the chosen language (the name where none is given).',
    ru: {
      label: "Названия для показа",
      description:
        'Названия на каждом языке, например {"ru": "Операторы", "en": "Order operators"}: результаты, терминал и просмотрщик показывают название на выбранном языке (а где его нет — `name`).',
    },
  });
