import { z } from "zod";
import { amountDistributionSchema, distributionSchema } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { balkingSchema } from "../../model/balking/registry.js";
import {
  CLIENT_STATUS_WORDS,
  clockTime,
  description,
  floor,
  labels,
  MAX_RATE_FACTOR,
  name,
  probability,
  weekday,
} from "./fields.js";

export const channelSchema = z.strictObject({
  name: name.meta({
    description: "Name of the channel, as arrivals, routing and results name it.",
    ru: {
      label: "Название",
      description: "Название канала, по которому на него ссылаются потоки клиентов, маршрутизация и результаты.",
    },
  }),
  labels,
  description,
  kind: z
    .enum(["phone", "visit"])
    .default("phone")
    .meta({
      description: "phone: a call (to the public number or an extension); visit: the client walks in on a floor.",
      options: { phone: { ru: "Звонок", en: "Phone call" }, visit: { ru: "Визит в офис", en: "Visit" } },
      ru: {
        label: "Вид",
        description: "`phone` — звонок (на общий номер или добавочный); `visit` — клиент приходит на этаж.",
      },
    }),
  publicNumber: z
    .boolean()
    .default(false)
    .meta({
      description: "Calls on this channel use the public number's lines.",
      ru: { label: "Общий номер", description: "Звонки этого канала идут по линиям общего номера." },
    }),
  identified: z
    .enum(["on-arrival", "when-answered"])
    .default("on-arrival")
    .meta({
      description:
        "When the client's segment and history become known: at once (own extension, known face) or when someone answers.",
      options: {
        "on-arrival": { ru: "Сразу при обращении", en: "On arrival" },
        "when-answered": { ru: "Когда ответили", en: "When answered" },
      },
      ru: {
        label: "Клиент известен",
        description:
          "Когда становятся известны сегмент и история клиента: сразу (`on-arrival`: свой добавочный, знакомое лицо) или когда кто-то ответит (`when-answered`).",
      },
    }),
  afterHours: z
    .enum(["next-opening", "lost"])
    .default("next-opening")
    .meta({
      description:
        "A contact a client makes while closed (a return, a visit, a retry) moves into the next open day, or is lost.",
      options: {
        "next-opening": { ru: "Переносится на открытие", en: "Moves to the next opening" },
        lost: { ru: "Теряется", en: "Lost" },
      },
      ru: {
        label: "В нерабочее время",
        description:
          "Обращение клиента, когда компания закрыта (повторное обращение, визит, новая попытка), переносится на следующее открытие (`next-opening`) или теряется (`lost`).",
      },
    }),
  floor: floor.default(1).meta({
    description: "Visits arrive on this floor.",
    ru: { label: "Этаж", description: "На этот этаж приходят визиты." },
  }),
});

const dealSchema = z.strictObject({
  probability: probability.meta({
    description: "Chance (0-1) that a served contact ends in a deal.",
    ru: {
      label: "Вероятность сделки",
      description: "Вероятность (0-1), что обслуженное обращение закончится сделкой.",
    },
  }),
  byPool: z
    .record(name, probability)
    .default({})
    .meta({
      description: "The chance (0-1) when a given pool serves, by pool name (others: probability).",
      ru: {
        label: "По группам",
        description:
          "Вероятность (0-1), когда обслуживает данная группа, по названию группы (у остальных — `probability`).",
      },
    }),
  value: amountDistributionSchema.meta({
    description: "Value of one deal, in the scenario currency.",
    ru: { label: "Сумма сделки", description: "Сумма одной сделки, в валюте сценария." },
  }),
  margin: probability.optional().meta({
    description: "Gross margin as a share (0-1) of this segment's revenue (default: money.grossMargin).",
    ru: {
      label: "Маржа",
      description: "Валовая маржа долей (0-1) от выручки этого сегмента (по умолчанию `money.grossMargin`).",
    },
  }),
  waitHalfLife: durationField.optional().meta({
    description:
      "Waiting time (seconds or text with units) after which the deal chance is halved, and halved again for each more (speed-to-lead); no effect when left out.",
    ru: {
      label: "Полураспад сделки",
      description:
        "Время ожидания (секунды или текст с единицами), за которое вероятность сделки падает вдвое, и ещё вдвое за каждое следующее такое же (скорость реакции на лида); если не задано — не влияет.",
    },
  }),
  cashier: z
    .strictObject({
      pool: name.meta({
        description: "The pool of cashiers (its name).",
        ru: { label: "Группа кассиров", description: "Группа кассиров (её название)." },
      }),
      time: distributionSchema.meta({
        description: "Time the cashier takes for one payment.",
        ru: { label: "Время оплаты", description: "Сколько времени кассир принимает одну оплату." },
      }),
    })
    .optional()
    .meta({
      description: "A visit that ends in a deal pays at the cashier (a queue of its own).",
      ru: { label: "Касса", description: "Визит, закончившийся сделкой, оплачивается на кассе (там своя очередь)." },
    }),
});

const clienteleSchema = z.strictObject({
  owner: name.meta({
    description: "Department that serves registered clients of this segment.",
    ru: { label: "Отдел-владелец", description: "Отдел, который обслуживает клиентов этого сегмента из базы." },
  }),
  initialClients: z
    .int()
    .min(0)
    .max(1_000_000)
    .default(0)
    .meta({
      description: "Number of registered clients at the start of the run.",
      ru: { label: "Клиентов в базе на старте", description: "Сколько клиентов в базе в начале прогона." },
    }),
  returnInterval: distributionSchema.meta({
    description: "Time from one contact of a registered client to the next.",
    ru: { label: "Интервал возврата", description: "Время от одного обращения клиента из базы до следующего." },
  }),
  channels: z.record(name, z.number().nonnegative().finite()).meta({
    description: "How registered clients come back: relative shares by channel name (any unit; 0 for none).",
    ru: {
      label: "Каналы возврата",
      description:
        "Как возвращаются клиенты из базы: относительные доли по названию канала (в любых единицах; 0 — никак).",
    },
  }),
  churnPerYear: z
    .number()
    .nonnegative()
    .finite()
    .default(0)
    .meta({
      description: "Rate per year at which a registered client stops coming (2: on average after half a year).",
      ru: {
        label: "Отток в год",
        description: "Интенсивность в год, с которой клиент из базы перестаёт приходить (2 — в среднем через полгода).",
      },
    }),
  largeDeal: z
    .strictObject({
      atLeast: z
        .number()
        .nonnegative()
        .finite()
        .meta({
          description: "A deal of at least this value (scenario currency)...",
          ru: { label: "Сделка от", description: "Сделка не меньше этой суммы (в валюте сценария)..." },
        }),
      owner: name.meta({
        description: "...makes this department the client's owner instead.",
        ru: { label: "Новый отдел-владелец", description: "...закрепляет клиента за этим отделом." },
      }),
    })
    .optional()
    .meta({
      description: "Ownership by deal size: a large deal moves the client to another department.",
      ru: {
        label: "Крупная сделка",
        description: "Закрепление по размеру сделки: после крупной сделки клиент переходит в другой отдел.",
      },
    }),
});

export const segmentSchema = z.strictObject({
  name: name.meta({
    description: "Name of the segment, as arrivals, routing and results name it.",
    ru: {
      label: "Название",
      description: "Название сегмента, по которому на него ссылаются потоки клиентов, маршрутизация и результаты.",
    },
  }),
  labels,
  description,
  deal: dealSchema.optional().meta({
    description:
      "How likely a served contact of this segment ends in a sale, and what a sale is worth (no deals when left out).",
    ru: {
      label: "Сделка",
      description:
        "Насколько вероятно, что обслуженное обращение этого сегмента закончится продажей, и на какую сумму (если не задано — сделок нет).",
    },
  }),
  afterCall: z
    .strictObject({
      visitProbability: probability.meta({
        description: "Share (0-1) of served calls after which the client comes in person to buy.",
        ru: {
          label: "Доля визитов",
          description: "Доля (0-1) обслуженных звонков, после которых клиент сам приходит купить.",
        },
      }),
      delay: distributionSchema.meta({
        description: "Time from the end of the call to the visit.",
        ru: { label: "Через сколько", description: "Время от конца звонка до визита." },
      }),
      channel: name.meta({
        description: "The channel of the visit (a walk-in).",
        ru: { label: "Канал визита", description: "Канал визита (клиент приходит в офис)." },
      }),
    })
    .optional()
    .meta({
      description: "A phone consultation that ends with the client coming to buy: the deal is made at the visit.",
      ru: {
        label: "Визит после звонка",
        description: "Консультация по телефону, после которой клиент приходит купить: сделка заключается на визите.",
      },
    }),
  retry: z
    .strictObject({
      probability: probability.meta({
        description: "Share (0-1) of clients who try again after a lost contact.",
        ru: {
          label: "Доля повторов",
          description: "Доля (0-1) клиентов, которые пробуют снова после неудачного обращения.",
        },
      }),
      delay: distributionSchema.meta({
        description: "Time from the lost contact to the next try.",
        ru: { label: "Через сколько", description: "Время от неудачного обращения до новой попытки." },
      }),
    })
    .optional()
    .meta({
      description: "A client who gave up (or found the lines busy) tries again.",
      ru: {
        label: "Повторная попытка",
        description: "Клиент, который не дождался (или застал линии занятыми), пробует снова.",
      },
    }),
  clientele: clienteleSchema.optional().meta({
    description:
      "Registered clients of this segment: the department that owns them, how many there are at the start and how often they come back (none when left out).",
    ru: {
      label: "Клиентская база",
      description:
        "Клиенты этого сегмента в базе: за каким отделом закреплены, сколько их на старте и как часто они возвращаются (если не задано — базы нет).",
    },
  }),
});

/** Arrivals per hour; 100,000 an hour (28 a second) is far beyond any sales office and keeps runs finite. */
const perHour = z.number().nonnegative().max(100_000);
const rate = z.union([perHour, z.record(clockTime, perHour)]).meta({
  description:
    'New contacts per hour while open: a number, or steps by time of day {"09:00": 10, "12:00": 25} (0 before the first step).',
  ru: {
    label: "Обращений в час",
    description:
      'Новых обращений в час в рабочее время: число или ступени по времени дня {"09:00": 10, "12:00": 25} (до первой ступени — 0).',
  },
});

export const arrivalStreamSchema = z.strictObject({
  name: name.optional().meta({
    description:
      "Name of the stream (default: channel-segment). It seeds the stream's random numbers: renaming it changes its clients.",
    ru: {
      label: "Название",
      description:
        "Название потока (по умолчанию «канал-сегмент»). От него зависят случайные числа потока: переименование меняет его клиентов.",
    },
  }),
  channel: name.meta({
    description: "The channel these clients come by.",
    ru: { label: "Канал", description: "Канал, по которому приходят эти клиенты." },
  }),
  segment: name.meta({
    description: "The segment these clients belong to.",
    ru: { label: "Сегмент", description: "Сегмент, к которому относятся эти клиенты." },
  }),
  status: z
    .enum(["new", "lead"])
    .default("new")
    .meta({
      description: "New clients, or prospects after a cold call.",
      options: { new: CLIENT_STATUS_WORDS.new, lead: CLIENT_STATUS_WORDS.lead },
      ru: {
        label: "Статус",
        description: "Новые клиенты (`new`) или потенциальные клиенты после холодного звонка (`lead`).",
      },
    }),
  saysColdCalled: probability.default(1).meta({
    description: "Share (0-1) of leads who say they were cold-called.",
    ru: { label: "Говорят о звонке", description: "Доля (0-1) лидов, которые говорят, что им звонили." },
    en: { label: "Say they were cold-called" },
  }),
  ratePerHour: rate,
  ratePerHourByWeekday: z
    .partialRecord(weekday, rate)
    .default({})
    .meta({
      description: "A profile of its own for some weekdays, in the form of ratePerHour, replacing it on those days.",
      ru: {
        label: "Поток по дням недели",
        description: "Свой профиль для некоторых дней недели, в форме `ratePerHour`, в эти дни вместо него.",
      },
    }),
  weekdayFactors: z
    .partialRecord(weekday, z.number().nonnegative().max(MAX_RATE_FACTOR))
    .default({})
    .meta({
      description: "Multiplier of the rate by weekday (default 1, at most 10; 0 for none).",
      ru: {
        label: "Множитель по дням недели",
        description: "Множитель потока по дням недели (по умолчанию 1, не больше 10; 0 — никого).",
      },
    }),
  afterHoursRatePerHour: perHour.default(0).meta({
    description:
      "Contacts per hour while closed (calls at night): lost, or called back at the next opening, as the channel's afterHours says.",
    ru: {
      label: "Обращений в час в нерабочее время",
      description:
        "Обращений в час, пока компания закрыта (ночные звонки): теряются или переносятся на открытие, как сказано в `afterHours` канала.",
    },
  }),
  serviceTime: distributionSchema.meta({
    description: "Work content of one contact of this stream: the time serving it takes.",
    ru: {
      label: "Время обслуживания",
      description: "Трудоёмкость одного обращения этого потока: сколько времени занимает обслуживание.",
    },
  }),
  patience: distributionSchema.optional().meta({
    description: "How long a client waits before giving up (never, when left out).",
    ru: {
      label: "Терпение",
      description: "Сколько клиент ждёт, прежде чем уйти (если не задано — ждёт сколько угодно).",
    },
  }),
  balking: balkingSchema.optional(),
});
