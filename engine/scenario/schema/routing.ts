import { z } from "zod";
import { distributionSchema, MAX_AMOUNT } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { LEAST_WORKLOAD_WORDS } from "../../model/selection/leastWorkload.js";
import { OWN_MANAGER_FIRST_WORDS } from "../../model/selection/ownManagerFirst.js";
import { CLIENT_STATUS_WORDS, clockTime, name, plainKey, probability } from "./fields.js";

export const routeSchema = z.strictObject({
  match: z
    .strictObject({
      channel: name.optional().meta({
        description: "The channel the contact came by.",
        ru: { label: "Канал", description: "Канал, по которому пришло обращение." },
      }),
      segment: name.optional().meta({
        description: "The client's segment (known once the client is identified).",
        ru: { label: "Сегмент", description: "Сегмент клиента (известен, когда клиента узнали)." },
      }),
      status: z
        .enum(["new", "lead", "registered"])
        .optional()
        .meta({
          description:
            "new: a client not yet in the base; lead: a prospect calling back after a cold call; registered: a client in the client base.",
          options: CLIENT_STATUS_WORDS,
          ru: {
            label: "Статус",
            description:
              "`new` — клиента ещё нет в базе; `lead` — потенциальный клиент перезванивает после холодного звонка; `registered` — клиент из клиентской базы.",
          },
        }),
      owner: name.optional().meta({
        description: "Department that owns the client, or 'none'.",
        ru: { label: "Отдел-владелец", description: "Отдел, за которым закреплён клиент, или 'none'." },
      }),
      deals: z
        .strictObject({
          min: z
            .int()
            .min(0)
            .optional()
            .meta({
              description: "At least this many deals (default 0).",
              ru: { label: "Не меньше", description: "Не меньше стольких сделок (по умолчанию 0)." },
            }),
          max: z
            .int()
            .min(0)
            .optional()
            .meta({
              description: "At most this many deals (default: no limit).",
              ru: { label: "Не больше", description: "Не больше стольких сделок (по умолчанию без ограничения)." },
            }),
        })
        .optional()
        .meta({
          description: "Deals the client has made so far, inclusive bounds.",
          ru: { label: "Сделок у клиента", description: "Сколько сделок у клиента уже было, границы включительно." },
        }),
      time: z
        .strictObject({
          from: clockTime.meta({
            description: 'From this time of day, "HH:MM" (included).',
            ru: { label: "С", description: 'С этого времени дня, "HH:MM" (включительно).' },
          }),
          to: clockTime.meta({
            description: 'Until this time of day, "HH:MM" (not included; earlier than from: past midnight).',
            ru: {
              label: "До",
              description: 'До этого времени дня, "HH:MM" (не включая; раньше `from` — через полночь).',
            },
          }),
        })
        .optional()
        .meta({
          description: "Time of day [from, to).",
          ru: { label: "Время дня", description: "Время дня [from, to)." },
        }),
      saidColdCalled: z
        .boolean()
        .optional()
        .meta({
          description: "The caller said they were cold-called.",
          ru: { label: "Сказал о холодном звонке", description: "Звонящий сказал, что ему звонили (холодный звонок)." },
          en: { label: "Said they were cold-called" },
        }),
    })
    .default({})
    .meta({
      description:
        "What a contact must have for this rule to apply (empty: everything). Before a caller is identified only rules on channel and time can apply.",
      ru: {
        label: "Условия",
        description:
          "Каким должно быть обращение, чтобы правило сработало (пусто — любое). Пока звонящего не узнали, срабатывают только правила по каналу и времени.",
      },
    }),
  pool: name.meta({
    description: "The pool that serves the contacts this rule matches.",
    ru: { label: "Группа", description: "Группа, которая обслуживает обращения по этому правилу." },
  }),
  priority: z
    .int()
    .min(0)
    .max(99)
    .default(0)
    .meta({
      description: "Queue priority class; 0 is served first.",
      ru: { label: "Приоритет", description: "Приоритет в очереди; 0 обслуживают первым." },
    }),
});

export const handoverSchema = z
  .strictObject({
    department: name.meta({
      description: "The department that wins clients and hands them over (active sales).",
      ru: { label: "Отдел", description: "Отдел, который привлекает клиентов и передаёт их (отдел активных продаж)." },
    }),
    afterDeal: z.union([z.literal(1), z.literal(2)]).meta({
      description: "The deal after which the client is handed over.",
      ru: { label: "После сделки №", description: "Сделка, после которой клиента передают (1 или 2)." },
    }),
    representativeValue: z
      .number()
      .nonnegative()
      .finite()
      .optional()
      .meta({
        description:
          "With afterDeal 2: a first deal at least this large counts as representative and hands over at once.",
        ru: {
          label: "Представительная сделка от",
          description:
            "При `afterDeal` 2: первая сделка не меньше этой суммы считается представительной, и клиента передают сразу.",
        },
      }),
  })
  .meta({
    description: "When a client won by one department moves to the segment's owner.",
    ru: {
      label: "Передача клиента",
      description: "Когда клиент, привлечённый одним отделом, переходит к отделу-владельцу сегмента.",
    },
  });

export const repeatWalkInSchema = z
  .strictObject({
    owner: name.meta({
      description: "The department whose registered clients this is about (current sales).",
      ru: { label: "Отдел-владелец", description: "Отдел, о чьих клиентах из базы идёт речь (отдел текущих продаж)." },
    }),
    at: name.meta({
      description: "The pool whose floor they walk into (the retail consultants).",
      ru: {
        label: "Куда приходят",
        description: "Группа, на этаж которой клиенты приходят (продавцы-консультанты розницы).",
      },
    }),
    to: name.meta({
      description: "The owner's pool that should serve them (the operators).",
      ru: {
        label: "Кто должен обслужить",
        description: "Группа отдела-владельца, которая должна их обслужить (операторы).",
      },
    }),
    policy: z.enum(["summon", "escort", "serve", "send-upstairs"]).meta({
      description:
        "(d) summon: the consultant phones the owner, who sends a manager down; (a) escort: the consultant walks the client up; (b) serve: retail serves; (c) send-upstairs: the client goes up alone.",
      options: {
        summon: { ru: "Вызвать менеджера вниз", en: "Summon a manager" },
        escort: { ru: "Проводить наверх", en: "Escort upstairs" },
        serve: { ru: "Обслужить в рознице", en: "Serve in retail" },
        "send-upstairs": { ru: "Отправить наверх одного", en: "Send upstairs alone" },
      },
      ru: {
        label: "Порядок",
        description:
          "(г) `summon`: консультант звонит в отдел-владелец, и менеджер должен спуститься; (а) `escort`: консультант провожает клиента наверх; (б) `serve`: обслуживает розница; (в) `send-upstairs`: клиент поднимается сам.",
      },
    }),
    refuseUpstairs: probability.default(0.3).meta({
      description: "(c) Share (0-1) of clients who will not go up alone (lost).",
      ru: {
        label: "Не пойдут наверх",
        description: "(в) Доля (0-1) клиентов, которые не пойдут наверх одни (потеряны).",
      },
      en: { label: "Refuse to go upstairs" },
    }),
    callTime: distributionSchema.default({ kind: "deterministic", value: 60 }).meta({
      description: "(d) How long the consultant's call to the owning department takes.",
      ru: { label: "Звонок консультанта", description: "(г) Сколько длится звонок консультанта в отдел-владелец." },
    }),
    minutes: durationField.default("4 min").meta({
      description:
        '(d) N: the manager must be at the workstation this long after the call (seconds, or text such as "4 min").',
      ru: {
        label: "N: менеджер должен спуститься за",
        description:
          '(г) N: через столько после звонка менеджер должен быть на рабочем месте в зале (секунды или текст, например "4 min").',
      },
      en: { label: "N: the manager is down within" },
    }),
    manager: z
      .enum(["own-manager-first", "least-workload"])
      .default("own-manager-first")
      .meta({
        description:
          "(d) The manager named: the client's own manager when on shift, else the least busy of the pool; or always the least busy.",
        options: { ...OWN_MANAGER_FIRST_WORDS, ...LEAST_WORKLOAD_WORDS },
        ru: {
          label: "Какой менеджер",
          description:
            "(г) Кого называют: своего менеджера клиента, если он на смене, иначе наименее загруженного в группе (`own-manager-first`); или всегда наименее загруженного (`least-workload`).",
        },
      }),
    reaction: distributionSchema.default({ kind: "deterministic", value: 30 }).meta({
      description:
        "(d) Time before the named manager leaves the desk (after finishing or handing off the client in hand), when lateness is not fined.",
      ru: {
        label: "Реакция менеджера",
        description:
          "(г) Через сколько названный менеджер выходит с рабочего места (закончив или передав текущего клиента), если за опоздание не штрафуют.",
      },
    }),
    reactionToFine: z
      .strictObject({
        maxCut: probability.meta({
          description: "The largest share of the reaction time a fine can cut (a very large fine).",
          ru: {
            label: "Наибольшее сокращение",
            description: "Наибольшая доля времени реакции, которую может срезать штраф (очень большой штраф).",
          },
        }),
        payHours: z
          .number()
          .positive()
          .finite()
          .meta({
            description:
              "A fine of this many hours of the manager's pay gives 63% (1 - 1/e) of the largest cut; a fine of 0 gives none.",
            ru: {
              label: "Штраф в часах оплаты",
              description:
                "Штраф размером в столько часов оплаты менеджера даёт 63% (1 - 1/e) наибольшего сокращения; штраф 0 не даёт ничего.",
            },
          }),
      })
      .default({ maxCut: 0.5, payHours: 1 })
      .meta({
        description:
          "(d) Behaviour (assumption): the reaction time is multiplied by 1 - maxCut x (1 - exp(-fine / (hourly pay x payHours))), where fine is fines.lateManager and hourly pay the named manager's; the default curve is an assumption.",
        ru: {
          label: "Реакция на штраф",
          description:
            "(г) Поведение (допущение): время реакции умножается на 1 - maxCut x (1 - exp(-штраф / (оплата в час x payHours))), где штраф — `fines.lateManager`, оплата в час — названного менеджера; кривая по умолчанию — допущение.",
        },
      }),
    inHand: z
      .enum(["finish", "hand-off"])
      .default("finish")
      .meta({
        description:
          "(d) A named manager busy with a client finishes that client first, or hands the client to a free colleague of the same pool (when there is one) and leaves at once.",
        options: {
          finish: { ru: "Сначала закончить", en: "Finish first" },
          "hand-off": { ru: "Передать коллеге", en: "Hand off to a colleague" },
        },
        ru: {
          label: "Текущий клиент",
          description:
            "(г) Названный менеджер, занятый клиентом, сначала заканчивает с ним (`finish`) или передаёт его свободному коллеге из той же группы (если есть) и сразу выходит (`hand-off`).",
        },
        en: { label: "Client in hand" },
      }),
    patience: distributionSchema.optional().meta({
      description:
        "(d) Behaviour (assumption): how long a client told that a manager is coming waits before leaving (from the end of the consultant's call; drawn with the client's own patience draw). None: the client waits.",
      ru: {
        label: "Терпение клиента",
        description:
          "(г) Поведение (допущение): сколько ждёт клиент, которому сказали, что менеджер сейчас спустится, прежде чем уйти (от конца звонка консультанта; разыгрывается с собственным терпением клиента). Если не задано — клиент ждёт.",
      },
    }),
    busyCountsAsNotStarting: z
      .boolean()
      .default(true)
      .meta({
        description:
          "(d) When nobody on the floor is free at N, the consultant who phoned counts as not starting: both are fined (the consultant only while still on shift; a consultant who has gone home is not fined, the manager still is).",
        ru: {
          label: "Занятый консультант не начал",
          description:
            "(г) Если к моменту N в зале нет свободного консультанта, позвонивший консультант считается не начавшим обслуживание: штрафуют обоих (консультанта — только пока он на смене; ушедшего домой не штрафуют, менеджера штрафуют всё равно).",
        },
      }),
    overloaded: z
      .strictObject({
        nobodyFree: z
          .boolean()
          .default(true)
          .meta({
            description: "Overloaded when nobody in the owner's pool is free.",
            ru: {
              label: "Никто не свободен",
              description: "Перегружен, когда в группе отдела-владельца никто не свободен.",
            },
          }),
        waitingAtLeast: z
          .int()
          .min(0)
          .optional()
          .meta({
            description: "Overloaded when at least this many clients wait there (no such limit when left out).",
            ru: {
              label: "Ждут не меньше",
              description:
                "Перегружен, когда там ждёт не меньше стольких клиентов (если не задано — такого порога нет).",
            },
          }),
      })
      .default({ nobodyFree: true })
      .meta({
        description: "(d) When the owner's pool counts as overloaded: the consultant serves alone, nobody is fined.",
        ru: {
          label: "Перегрузка отдела",
          description:
            "(г) Когда группа отдела-владельца считается перегруженной: консультант обслуживает сам, никого не штрафуют.",
        },
      }),
    leaflet: z
      .strictObject({
        toOwnExtension: probability.meta({
          description:
            "Behaviour (assumption): share of clients who, after the leaflet and card at a retail deal, call their own manager instead of walking in.",
          ru: {
            label: "Звонят на добавочный",
            description:
              "Поведение (допущение): доля клиентов, которые после листовки и карты при сделке в рознице звонят своему менеджеру, а не приходят в зал.",
          },
        }),
        channel: name.meta({
          description: "The channel they call by (the own extension).",
          ru: { label: "Канал", description: "Канал, по которому они звонят (добавочный своего менеджера)." },
        }),
      })
      .optional()
      .meta({
        description:
          "(rule 7) At a first deal on the walk-in floor, a leaflet and a regular-client card point the client to their own manager (none when left out).",
        ru: {
          label: "Листовка и карта",
          description:
            "(правило 7) При первой сделке в зале листовка и карта постоянного клиента направляют клиента к своему менеджеру (если не задано — не выдают).",
        },
      }),
  })
  .meta({
    description: "The repeat walk-in of a client registered with another department (rules 7 and 8 of the thread).",
    ru: {
      label: "Повторный визит",
      description: "Повторный визит в розницу клиента, закреплённого за другим отделом (правила 7 и 8 из обсуждения).",
    },
    en: { label: "Repeat walk-in" },
  });

export const finesSchema = z
  .strictObject({
    lateManager: z
      .number()
      .nonnegative()
      .max(MAX_AMOUNT)
      .default(0)
      .meta({
        description: "Fine (scenario currency) of the manager who is not at the workstation within N.",
        ru: {
          label: "Менеджеру за опоздание",
          description: "Штраф (в валюте сценария) менеджеру, который не спустился на рабочее место за N.",
        },
      }),
    notStartedConsultant: z
      .number()
      .nonnegative()
      .max(MAX_AMOUNT)
      .default(0)
      .meta({
        description: "Fine (scenario currency) of the consultant who does not start serving at N.",
        ru: {
          label: "Консультанту, не начавшему",
          description: "Штраф (в валюте сценария) консультанту, который не начал обслуживать клиента по истечении N.",
        },
      }),
    notStartedManager: z
      .number()
      .nonnegative()
      .max(MAX_AMOUNT)
      .default(0)
      .meta({
        description: "Fine (scenario currency) of the manager, too, when the consultant does not start at N.",
        ru: {
          label: "Менеджеру, если консультант не начал",
          description:
            "Штраф (в валюте сценария) ещё и менеджеру, когда консультант не начал обслуживание по истечении N.",
        },
      }),
  })
  .default({ lateManager: 0, notStartedConsultant: 0, notStartedManager: 0 })
  .meta({
    description:
      "Fines per broken rule (scenario currency); money moves from staff to the company, never counted as income.",
    ru: {
      label: "Штрафы",
      description:
        "Штрафы за каждое нарушение (в валюте сценария); деньги переходят от сотрудников к компании и не считаются доходом.",
    },
  });

export const creditSchema = z
  .strictObject({
    policy: z
      .enum(["closer", "first-contact", "split"])
      .default("closer")
      .meta({
        description:
          "Who is credited with a deal's revenue when a phone consultation led to a visit: the one who closed it, the first contact, or both.",
        options: {
          closer: { ru: "Закрывшему сделку", en: "The closer" },
          "first-contact": { ru: "Первому контакту", en: "The first contact" },
          split: { ru: "Пополам", en: "Split between both" },
        },
        ru: {
          label: "Кому засчитывать",
          description:
            "Кому засчитывается выручка сделки, когда консультация по телефону привела к визиту: закрывшему сделку (`closer`), первому контакту (`first-contact`) или обоим (`split`).",
        },
      }),
    firstContactShare: probability.default(0.5).meta({
      description: "With split: the first contact's share (0-1) of the deal.",
      ru: {
        label: "Доля первого контакта",
        description: "При `split`: доля (0-1) сделки, которая засчитывается первому контакту.",
      },
    }),
  })
  .default({ policy: "closer", firstContactShare: 0.5 })
  .meta({
    description: "Revenue credit (rule 5a): drives plans and KPIs, not the company's revenue.",
    ru: {
      label: "Зачёт выручки",
      description: "Зачёт выручки (правило 5а): влияет на планы и KPI, а не на выручку компании.",
    },
  });

export const planSchema = z.strictObject({
  department: name.meta({
    description: "The department this plan is for.",
    ru: { label: "Отдел", description: "Отдел, для которого этот план." },
  }),
  revenuePerMonth: z
    .number()
    .positive()
    .finite()
    .meta({
      description: "Revenue plan per 30 days, in the scenario currency (credited revenue).",
      ru: {
        label: "План выручки на месяц",
        description: "План выручки на 30 дней, в валюте сценария (засчитанная выручка).",
      },
    }),
  salesPerMonth: z
    .number()
    .positive()
    .finite()
    .meta({
      description: "Plan of deals per 30 days (credited deals).",
      ru: { label: "План сделок на месяц", description: "План числа сделок на 30 дней (засчитанные сделки)." },
    }),
  weights: z
    .strictObject({
      revenue: z
        .number()
        .nonnegative()
        .finite()
        .meta({
          description: "Weight of revenue attainment in the score (relative to sales).",
          ru: { label: "Вес выручки", description: "Вес выполнения плана по выручке в оценке (относительно сделок)." },
        }),
      sales: z
        .number()
        .nonnegative()
        .finite()
        .meta({
          description: "Weight of attainment of the number of deals in the score (relative to revenue).",
          ru: {
            label: "Вес сделок",
            description: "Вес выполнения плана по числу сделок в оценке (относительно выручки).",
          },
        }),
    })
    .default({ revenue: 0.5, sales: 0.5 })
    .meta({
      description: "Weights of the two attainments in the department's score.",
      ru: { label: "Веса", description: "Веса выполнения двух планов в оценке отдела." },
    }),
});

export const headSchema = z.strictObject({
  name: plainKey
    .min(1)
    .max(80)
    .meta({
      description: "The admin or head, as named in the results (once each).",
      ru: {
        label: "Имя",
        description: "Администратор или руководитель, как он назван в результатах (каждый один раз).",
      },
    }),
  departments: z.record(name, z.number().nonnegative().finite()).meta({
    description: "Departments run and the weight of each department's score in this person's score.",
    ru: { label: "Отделы", description: "Отделы, которыми он руководит, и вес оценки каждого отдела в его оценке." },
  }),
});
