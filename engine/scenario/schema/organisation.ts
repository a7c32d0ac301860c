import { z } from "zod";
import { distributionSchema, MAX_AMOUNT } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { selectionSchema } from "../../model/selection/registry.js";
import { clockTime, description, floor, labels, name, plainKey, probability, weekday } from "./fields.js";

export const departmentSchema = z.strictObject({
  name: name.meta({
    description: "Name of the department, as pools, routing, plans and results name it.",
    ru: {
      label: "Название",
      description: "Название отдела, по которому на него ссылаются группы, маршрутизация, планы и результаты.",
    },
  }),
  labels,
  description,
  floor: floor.default(1).meta({
    description: "The floor where the department works (1 is the street level).",
    ru: { label: "Этаж", description: "Этаж, на котором работает отдел (1 — вход с улицы)." },
  }),
});

const shiftSchema = z.strictObject({
  start: clockTime.meta({
    description: 'Start of the working day, "HH:MM".',
    ru: { label: "Начало", description: 'Начало рабочего дня, "HH:MM".' },
  }),
  end: clockTime.meta({
    description: 'End of the working day, "HH:MM", after the start ("24:00" for midnight).',
    ru: { label: "Конец", description: 'Конец рабочего дня, "HH:MM", позже начала ("24:00" — полночь).' },
  }),
  weekdays: z
    .array(weekday)
    .optional()
    .meta({
      description: "Days this shift is worked (default: every open day).",
      ru: {
        label: "Дни недели",
        description: "Дни, в которые работает эта смена (по умолчанию — все рабочие дни компании).",
      },
    }),
  breaks: z
    .array(
      z.strictObject({
        start: clockTime.meta({
          description: 'When the break starts, "HH:MM", within the shift.',
          ru: { label: "Начало перерыва", description: 'Когда начинается перерыв, "HH:MM", в пределах смены.' },
        }),
        duration: durationField.meta({
          description: 'Length of the break, in seconds or as text ("15 min").',
          ru: { label: "Длительность", description: 'Длительность перерыва в секундах или текстом ("15 min").' },
        }),
      }),
    )
    .default([])
    .meta({
      description: "Breaks; a break starts when the current service ends.",
      ru: {
        label: "Перерывы",
        description: "Перерывы; перерыв начинается, когда сотрудник закончит обслуживать текущего клиента.",
      },
    }),
});

const staffMember = z.strictObject({
  name: name.meta({
    description: "The person's name, as the results and the timeline show it.",
    ru: { label: "Имя", description: "Имя сотрудника, как его показывают результаты и временная шкала." },
  }),
  labels,
  role: plainKey
    .max(80)
    .optional()
    .meta({
      description: "Job title, e.g. 'order operator-consultant'.",
      ru: {
        label: "Должность",
        description: "Должность, например 'order operator-consultant' (оператор-консультант по заказам).",
      },
    }),
  shift: shiftSchema.optional().meta({
    description: "Working hours (default: opening hours).",
    ru: { label: "Смена", description: "Часы работы (по умолчанию — часы работы компании)." },
  }),
  hourlyCost: z
    .number()
    .nonnegative()
    .max(MAX_AMOUNT)
    .optional()
    .meta({
      description: "Wage per hour on shift, in the scenario currency (0 when left out).",
      ru: { label: "Оплата в час", description: "Оплата за час на смене, в валюте сценария (0, если не задано)." },
    }),
});

const staffCounts = z.record(clockTime, z.int().min(0).max(10_000)).meta({
  description:
    'How many are on duty from each time of day, e.g. {"09:00": 2, "11:00": 4, "17:00": 2} (none before the first).',
  ru: {
    label: "По времени суток",
    description:
      'Сколько человек на смене с каждого времени дня, например {"09:00": 2, "11:00": 4, "17:00": 2} (до первого времени — никого).',
  },
});

const rosterSchema = z.strictObject({
  byInterval: staffCounts,
  byWeekday: z
    .partialRecord(weekday, staffCounts)
    .default({})
    .meta({
      description: "A roster of its own for some weekdays, replacing byInterval on those days.",
      ru: {
        label: "По дням недели",
        description: "Отдельный график для некоторых дней недели, в эти дни вместо `byInterval`.",
      },
    }),
  role: plainKey
    .max(80)
    .optional()
    .meta({
      description: "Job title of everyone on the roster.",
      ru: { label: "Должность", description: "Должность всех, кто в графике." },
    }),
  hourlyCost: z
    .number()
    .nonnegative()
    .max(MAX_AMOUNT)
    .optional()
    .meta({
      description: "Wage per hour on shift of everyone on the roster, in the scenario currency (0 when left out).",
      ru: {
        label: "Оплата в час",
        description: "Оплата за час на смене каждого в графике, в валюте сценария (0, если не задано).",
      },
    }),
});

export const poolSchema = z.strictObject({
  name: name.meta({
    description: "Name of the pool, as routing, other pools and results name it.",
    ru: {
      label: "Название",
      description: "Название группы, по которому на неё ссылаются маршрутизация, другие группы и результаты.",
    },
  }),
  labels,
  description,
  department: name.optional().meta({
    description: "The department this pool belongs to.",
    ru: { label: "Отдел", description: "Отдел, к которому относится группа." },
  }),
  floor: floor.optional().meta({
    description: "Where its workstations are (default: the department's floor).",
    ru: { label: "Этаж", description: "Этаж, где рабочие места группы (по умолчанию — этаж отдела)." },
  }),
  staff: z.union([z.int().min(0).max(10_000), z.array(staffMember).max(10_000), rosterSchema]).meta({
    description:
      "A number of identical agents on duty during opening hours, named staff with shifts, or a roster of how many are on duty from each time of day.",
    ru: {
      label: "Сотрудники",
      description:
        "Число одинаковых сотрудников на смене всё время работы, поимённый список сотрудников со сменами или график: сколько человек на смене с какого времени дня.",
    },
  }),
  selection: selectionSchema.default({ kind: "least-workload", tolerance: 0.005 }),
  queue: z
    .strictObject({
      capacity: z
        .int()
        .min(0)
        .max(1_000_000)
        .nullable()
        .default(null)
        .meta({
          description: "Waiting places; a client who finds them all taken is blocked (null: unlimited).",
          ru: {
            label: "Мест в очереди",
            description:
              "Мест ожидания; клиент, который застал все занятыми, не попадает в очередь (null — без ограничения).",
          },
        }),
    })
    .default({ capacity: null })
    .meta({
      description: "The pool's waiting line.",
      ru: { label: "Очередь", description: "Очередь ожидания группы." },
    }),
  wrapUp: distributionSchema.optional().meta({
    description: "After-work per service, during which the agent serves nobody.",
    ru: {
      label: "Постобработка",
      description: "Работа после каждого обслуживания (оформление), во время которой сотрудник никого не обслуживает.",
    },
    en: { label: "Wrap-up" },
  }),
  overflow: z
    .strictObject({
      pool: name.meta({
        description: "The pool the clients move to (its name).",
        ru: { label: "Группа", description: "Группа, куда переходят клиенты (её название)." },
      }),
      afterWait: durationField.optional().meta({
        description: "A client who has waited this long here (seconds or text with units) moves to that pool.",
        ru: {
          label: "После ожидания",
          description: "Клиент, прождавший здесь столько (секунды или текст с единицами), переходит в ту группу.",
        },
      }),
      whenWaiting: z
        .int()
        .min(0)
        .optional()
        .meta({
          description: "A client who finds this many clients waiting here goes there at once.",
          ru: { label: "При очереди", description: "Клиент, заставший здесь столько ожидающих, сразу идёт туда." },
        }),
    })
    .optional()
    .meta({
      description: "Where clients go when this pool is slow (they go on waiting there; no second overflow).",
      ru: {
        label: "Перелив очереди",
        description: "Куда уходят клиенты, когда эта группа не успевает (там они ждут дальше; второго перелива нет).",
      },
    }),
  helps: z
    .array(
      z.strictObject({
        pool: name.meta({
          description: "The pool whose waiting clients this pool's free staff take.",
          ru: {
            label: "Группа",
            description: "Группа, ожидающих клиентов которой берут свободные сотрудники этой группы.",
          },
        }),
        whenWaiting: z
          .int()
          .min(1)
          .meta({
            description: "Clients waiting there (at least 1) from which they help.",
            ru: {
              label: "При очереди",
              description: "Сколько клиентов ждёт там (не меньше 1), чтобы начать помогать.",
            },
          }),
      }),
    )
    .default([])
    .meta({
      description: "Blending: free staff of this pool take clients of another pool while that many or more wait there.",
      ru: {
        label: "Помощь другим группам",
        description:
          "Взаимопомощь: свободные сотрудники этой группы берут клиентов другой группы, пока там ждёт столько клиентов или больше.",
      },
    }),
  outbound: z
    .strictObject({
      kind: z.enum(["cold-calls", "base-calls"]).meta({
        description: "Cold calls to prospects (a conversation may give a lead), or calls to registered clients.",
        options: {
          "cold-calls": { ru: "Холодные звонки", en: "Cold calls" },
          "base-calls": { ru: "Обзвон базы", en: "Calls to the client base" },
        },
        ru: {
          label: "Вид",
          description:
            "Холодные звонки потенциальным клиентам (`cold-calls`, разговор может дать лида) или звонки клиентам из базы (`base-calls`).",
        },
      }),
      channel: name.meta({
        description: "The channel of the conversations (for statistics and work content).",
        ru: { label: "Канал", description: "Канал этих разговоров (для статистики и трудоёмкости)." },
      }),
      attempt: distributionSchema.meta({
        description: "Time of an attempt that reaches nobody (dialling, ringing).",
        ru: { label: "Неудачная попытка", description: "Время попытки, когда никто не ответил (набор, гудки)." },
      }),
      answerProbability: probability.meta({
        description: "Chance (0-1) that an attempt reaches someone.",
        ru: { label: "Дозвон", description: "Вероятность (0-1), что попытка дозвониться удачна." },
      }),
      segments: z.record(name, z.number().nonnegative().finite()).meta({
        description: "Segments called, as relative shares (prospects' segments, or registered clients' segments).",
        ru: {
          label: "Сегменты",
          description:
            "Каким сегментам звонят, относительными долями (сегменты потенциальных клиентов или клиентов из базы).",
        },
      }),
      leadProbability: probability.default(0).meta({
        description: "Cold calls: chance (0-1) that a conversation gives a lead.",
        ru: { label: "Вероятность лида", description: "Холодные звонки: вероятность (0-1), что разговор даст лида." },
      }),
      leadTo: name.optional().meta({
        description: "Cold calls: the pool that calls leads back to close them.",
        ru: {
          label: "Группа для лидов",
          description: "Холодные звонки: группа, которая перезванивает лидам и доводит их до сделки.",
        },
      }),
      leadChannel: name.optional().meta({
        description: "Cold calls: the channel of the calls back to leads.",
        ru: { label: "Канал для лидов", description: "Холодные звонки: канал, по которому перезванивают лидам." },
      }),
    })
    .optional()
    .meta({
      description: "Work the pool's staff do whenever no client needs them (it is finished before they take one).",
      ru: {
        label: "Исходящие звонки",
        description:
          "Работа, которую сотрудники группы делают, когда клиентов нет (начатый звонок заканчивают, прежде чем взять клиента).",
      },
    }),
  duties: z
    .strictObject({
      departments: z
        .array(name)
        .min(1)
        .meta({
          description: "The departments this pool's admins run.",
          ru: { label: "Отделы", description: "Отделы, которыми руководят администраторы этой группы." },
        }),
      approveDealsOver: z
        .strictObject({
          value: z
            .number()
            .nonnegative()
            .finite()
            .meta({
              description: "The smallest deal (scenario currency) that needs an admin's approval.",
              ru: {
                label: "Сумма от",
                description: "Наименьшая сделка (в валюте сценария), которую должен согласовать администратор.",
              },
            }),
          time: distributionSchema.meta({
            description: "Time the admin takes to approve one deal.",
            ru: { label: "Время согласования", description: "Сколько времени администратор согласует одну сделку." },
          }),
          clientWaits: z
            .boolean()
            .default(false)
            .meta({
              description:
                "The client, and the one who serves them, wait for the approval before the client pays (so the admin's load delays sales); false: the admin approves afterwards and nobody waits (an assumption of the default).",
              ru: {
                label: "Клиент ждёт",
                description:
                  "Клиент и тот, кто его обслуживает, ждут согласования, прежде чем клиент оплатит (загрузка администратора задерживает продажи); false: администратор согласует потом и никто не ждёт (допущение сценария по умолчанию).",
              },
            }),
        })
        .optional()
        .meta({
          description:
            "Deals at least this large in those departments wait for an admin's approval (taking this time).",
          ru: {
            label: "Согласование сделок",
            description:
              "Сделки от этой суммы в этих отделах ждут согласования администратора (и занимают у него это время).",
          },
        }),
      complaints: z
        .strictObject({
          share: z
            .number()
            .min(0)
            .max(1)
            .meta({
              description: "Share (0-1) of the clients those departments lose who complain.",
              ru: {
                label: "Доля жалоб",
                description: "Доля (0-1) потерянных этими отделами клиентов, которые жалуются.",
              },
            }),
          time: distributionSchema.meta({
            description: "Time the admin takes to handle one complaint.",
            ru: { label: "Время на жалобу", description: "Сколько времени администратор разбирает одну жалобу." },
          }),
        })
        .optional()
        .meta({
          description: "A share of the clients those departments lose complain to an admin (taking this time).",
          ru: {
            label: "Жалобы",
            description:
              "Часть потерянных этими отделами клиентов жалуется администратору (и занимает у него это время).",
          },
        }),
    })
    .optional()
    .meta({
      description: "Admin duties that take time; an admin over two floors walks to the client's floor.",
      ru: {
        label: "Обязанности администратора",
        description:
          "Обязанности администратора, которые занимают время; администратор двух этажей ходит на этаж клиента.",
      },
    }),
  idleWork: z
    .enum(["none", "merchandising"])
    .default("none")
    .meta({
      description: "What staff do while no client needs them; merchandising is dropped at once for a client.",
      options: {
        none: { ru: "Ничем не заняты", en: "Nothing" },
        merchandising: { ru: "Выкладка товара", en: "Merchandising" },
      },
      ru: {
        label: "Когда клиентов нет",
        description:
          "Чем заняты сотрудники, когда клиентов нет; выкладку товара (`merchandising`) бросают сразу, как пришёл клиент.",
      },
    }),
});

/** A transfer when the scenario says nothing about it: 20 seconds to transfer, 30 seconds of ringing. */
const TRANSFER_DEFAULT = { time: { kind: "deterministic" as const, value: 20 }, ringTimeout: 30 };

export const phoneSchema = z
  .strictObject({
    lines: z
      .int()
      .min(1)
      .max(100_000)
      .nullable()
      .default(null)
      .meta({
        description:
          "Simultaneous calls the public number carries (waiting, talking or being transferred); null: unlimited.",
        ru: {
          label: "Линий",
          description:
            "Сколько звонков одновременно принимает общий номер (ожидающих, в разговоре или при переводе); null — без ограничения.",
        },
      }),
    transfer: z
      .strictObject({
        time: distributionSchema.default(TRANSFER_DEFAULT.time).meta({
          description: "Time the answering person spends identifying the caller and transferring the call.",
          ru: {
            label: "Время перевода",
            description:
              "Сколько времени ответивший тратит, чтобы узнать, кто звонит, и перевести звонок на добавочный.",
          },
        }),
        ringTimeout: durationField.default(TRANSFER_DEFAULT.ringTimeout).meta({
          description: "A transferred call nobody picks up within this time is lost (transfer not answered).",
          ru: {
            label: "Ждать ответа",
            description: "Переведённый звонок, на который никто не ответил за это время, теряется (перевод не принят).",
          },
        }),
      })
      .default(TRANSFER_DEFAULT)
      .meta({
        description: "Transfers from the person who answers a call to the person who serves it.",
        ru: {
          label: "Перевод звонка",
          description: "Перевод звонка от ответившего на добавочный тому, кто будет обслуживать.",
        },
      }),
  })
  .default({ lines: null, transfer: TRANSFER_DEFAULT })
  .meta({
    description: "The public phone number and transfers between extensions.",
    ru: { label: "Телефон", description: "Общий номер и переводы звонков между добавочными." },
  });
