import { z } from "zod";
import { clockTime, MAX_RATE_FACTOR, month, weekday } from "./fields.js";

const openingHours = z.strictObject({
  open: clockTime.meta({
    description: 'Opening time on the company clock, "HH:MM".',
    ru: { label: "Открытие", description: 'Время открытия по часам компании, "HH:MM".' },
  }),
  close: clockTime.meta({
    description: 'Closing time, "HH:MM", after the opening time ("24:00" for midnight).',
    ru: { label: "Закрытие", description: 'Время закрытия, "HH:MM", позже открытия ("24:00" — полночь).' },
  }),
});

export const calendarSchema = z
  .strictObject({
    days: z
      .int()
      .min(1)
      .max(3660)
      .optional()
      .meta({
        description: "Days simulated, warm-up included. Required unless `stop` counts arrivals.",
        ru: {
          label: "Дней в модели",
          description:
            "Сколько дней моделируется, вместе с разогревом. Обязательно, если `stop` не задаёт счёт по обращениям.",
        },
      }),
    warmupDays: z
      .int()
      .min(0)
      .default(0)
      .meta({
        description: "Days at the start left out of the statistics (the office fills up with returning clients first).",
        ru: {
          label: "Дней разогрева",
          description: "Первые дни, которые не входят в статистику (сначала офис наполняется постоянными клиентами).",
        },
        en: { label: "Warm-up days" },
      }),
    startWeekday: weekday.default("mon").meta({
      description: "Weekday of the first simulated day.",
      ru: { label: "День недели начала", description: "День недели первого дня модели." },
    }),
    intervalMinutes: z
      .union([z.literal(15), z.literal(30), z.literal(60)])
      .default(30)
      .meta({
        description: "Length of the reporting intervals of the day, in minutes.",
        ru: { label: "Интервал отчёта, минуты", description: "Длина интервалов дня в отчётах, в минутах." },
      }),
    openingHours: z.union([z.literal("always"), z.partialRecord(weekday, openingHours.nullable())]).meta({
      description: '"always", or opening hours per weekday; a weekday left out or null is closed.',
      ru: {
        label: "Часы работы",
        description:
          '"always" (круглосуточно) или часы работы по дням недели; день, которого нет или где null, — выходной.',
      },
    }),
    startMonth: month.default("jan").meta({
      description: "Month of the first simulated day (for monthFactors; months are 365/12 days).",
      ru: {
        label: "Месяц начала",
        description: "Месяц первого дня модели (для `monthFactors`; месяц — 365/12 дня).",
      },
    }),
    monthFactors: z
      .partialRecord(month, z.number().nonnegative().max(MAX_RATE_FACTOR))
      .default({})
      .meta({
        description: "Seasonality: multiplier of new clients' arrival rates per month (default 1, at most 10).",
        ru: {
          label: "Сезонность по месяцам",
          description: "Сезонность: множитель потока новых клиентов по месяцам (по умолчанию 1, не больше 10).",
        },
      }),
    atClosing: z
      .enum(["serve-waiting", "lose-waiting"])
      .default("serve-waiting")
      .meta({
        description: "At closing time, staff on shift serve the clients already waiting, or those clients are lost.",
        options: {
          "serve-waiting": { ru: "Дообслужить ожидающих", en: "Serve those waiting" },
          "lose-waiting": { ru: "Ожидающие уходят", en: "Those waiting are lost" },
        },
        ru: {
          label: "При закрытии",
          description:
            "При закрытии сотрудники на смене дообслуживают уже ожидающих клиентов (`serve-waiting`), или эти клиенты теряются (`lose-waiting`).",
        },
      }),
  })
  .meta({
    description: "When the business is open and how long a run lasts.",
    ru: { label: "Календарь", description: "Когда компания работает и сколько длится прогон модели." },
  });

export const stopSchema = z
  .strictObject({
    arrivals: z
      .int()
      .min(1)
      .max(50_000_000)
      .meta({
        description: "Arrivals counted per replication after warm-up.",
        ru: {
          label: "Обращений в прогоне",
          description: "Сколько обращений считается в каждом прогоне после разогрева.",
        },
      }),
    warmupArrivals: z
      .int()
      .min(0)
      .max(50_000_000)
      .default(0)
      .meta({
        description: "Arrivals left out first.",
        ru: { label: "Обращений разогрева", description: "Сколько первых обращений не учитывается." },
      }),
  })
  .meta({
    description: "Count-based run length (for steady-state studies such as `clientflow erlang`).",
    ru: {
      label: "Остановка по числу обращений",
      description:
        "Длина прогона в обращениях, а не в днях (для расчётов установившегося режима, например `clientflow erlang`).",
    },
  });
