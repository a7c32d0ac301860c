import { z } from "zod";
import { currencyCode } from "./currency.js";
import { distributionSchema } from "../../random/index.js";
import { durationField } from "../../time/index.js";
import { calendarSchema, stopSchema } from "./calendar.js";
import { labels, plainKey } from "./fields.js";
import { arrivalStreamSchema, channelSchema, segmentSchema } from "./clients.js";
import { departmentSchema, phoneSchema, poolSchema } from "./organisation.js";
import {
  creditSchema,
  finesSchema,
  handoverSchema,
  headSchema,
  planSchema,
  repeatWalkInSchema,
  routeSchema,
} from "./routing.js";

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z
      .string()
      .min(1)
      .max(200)
      .meta({
        description: "Name of the scenario, shown in the results and reports.",
        ru: { label: "Название", description: "Название сценария, его показывают результаты и отчёты." },
      }),
    labels,
    description: z
      .string()
      .optional()
      .meta({
        description: "What this scenario is and what it is for, in a sentence or two (free text).",
        ru: {
          label: "Описание",
          description: "Что это за сценарий и зачем он, в одной-двух фразах (свободный текст).",
        },
      }),
    currency: z
      .string()
      .default("RUB")
      .pipe(currencyCode)
      .meta({
        description: "ISO 4217 code of money amounts, in any case (KZT or kzt).",
        ru: { label: "Валюта", description: "Код валюты сумм по ISO 4217, в любом регистре (KZT или kzt)." },
      }),
    notes: z
      .record(plainKey, z.string())
      .default({})
      .meta({
        description: "Where each number comes from, keyed by field path (or 'assumption').",
        ru: {
          label: "Источники чисел",
          description: "Откуда взято каждое число, по пути поля (или 'assumption' — допущение).",
        },
      }),
    calendar: calendarSchema,
    stop: stopSchema.optional(),
    departments: z
      .array(departmentSchema)
      .default([])
      .meta({
        description: "The company's departments: pools belong to them, they own registered clients and have plans.",
        ru: {
          label: "Отделы",
          description: "Отделы компании: к ним относятся группы, за ними закреплены клиенты из базы, у них есть планы.",
        },
      }),
    segments: z
      .array(segmentSchema)
      .min(1)
      .meta({
        description:
          "Client segments (retail, wholesale...): they differ in how often they come, how long serving them takes, how likely a deal is and what it is worth.",
        ru: {
          label: "Сегменты клиентов",
          description:
            "Сегменты клиентов (розница, опт...): различаются тем, как часто приходят, сколько длится обслуживание, насколько вероятна сделка и на какую сумму.",
        },
      }),
    channels: z
      .array(channelSchema)
      .min(1)
      .meta({
        description: "The ways clients reach the company: phone numbers and extensions, and doors (walk-ins).",
        ru: {
          label: "Каналы",
          description: "Как клиенты обращаются в компанию: телефонные номера и добавочные, и двери (визиты).",
        },
      }),
    arrivals: z
      .array(arrivalStreamSchema)
      .min(1)
      .meta({
        description:
          "Arrival streams: the new clients (or leads) of one segment on one channel, how many come per hour and the work each contact brings.",
        ru: {
          label: "Потоки клиентов",
          description:
            "Потоки обращений: новые клиенты (или лиды) одного сегмента по одному каналу, сколько их в час и сколько работы приносит каждое обращение.",
        },
      }),
    pools: z
      .array(poolSchema)
      .min(1)
      .meta({
        description:
          "Groups of people who do the same work and share one waiting line (operators, consultants, cashiers, admins).",
        ru: {
          label: "Группы сотрудников",
          description:
            "Группы людей, которые делают одну работу и обслуживают одну очередь (операторы, консультанты, кассиры, администраторы).",
        },
      }),
    phone: phoneSchema,
    walking: z
      .strictObject({
        betweenFloors: distributionSchema.meta({
          description: "Time to walk from one floor to the next (one way).",
          ru: { label: "Между этажами", description: "Сколько идти с этажа на соседний (в одну сторону)." },
        }),
      })
      .optional()
      .meta({
        description:
          "Staff who serve a visit on another floor walk there and back, serving nobody meanwhile (no walking when left out).",
        ru: {
          label: "Переходы",
          description:
            "Сотрудник, который обслуживает визит на другом этаже, идёт туда и обратно и в это время никого не обслуживает (если не задано — без переходов).",
        },
      }),
    routing: z
      .array(routeSchema)
      .min(1)
      .meta({
        description: "Ordered rules; the first that matches a contact decides.",
        ru: {
          label: "Маршрутизация",
          description: "Правила распределения по порядку; решает первое подходящее обращению.",
        },
      }),
    handover: handoverSchema.optional(),
    repeatWalkIn: repeatWalkInSchema.optional(),
    fines: finesSchema,
    credit: creditSchema,
    plans: z
      .array(planSchema)
      .default([])
      .meta({
        description: "Plans per department, for attainment and KPIs.",
        ru: { label: "Планы", description: "Планы отделов, для выполнения плана и KPI." },
      }),
    heads: z
      .array(headSchema)
      .default([])
      .meta({
        description:
          "Admins or heads whose KPI is a weighted score of the departments they run (one admin may run two).",
        ru: {
          label: "Руководители",
          description:
            "Администраторы или руководители, чей KPI — взвешенная оценка их отделов (один администратор может вести два).",
        },
      }),
    money: z
      .strictObject({
        grossMargin: z
          .number()
          .min(0)
          .max(1)
          .default(0.25)
          .meta({
            description: "Gross margin as a share (0-1) of revenue, where a segment states none.",
            ru: {
              label: "Валовая маржа",
              description: "Валовая маржа долей (0-1) от выручки, где сегмент не задаёт свою.",
            },
          }),
        overtimeFactor: z
          .number()
          .min(1)
          .max(10)
          .optional()
          .meta({
            description:
              "Overtime (work after a shift or closing ends) is paid at the hourly cost times this factor: an assumption, default 1.5 (time and a half). Wages already count those hours at the plain rate; the overtime cost rows show the whole pay for them.",
            ru: {
              label: "Коэффициент переработки",
              description:
                "Переработка (работа после конца смены или закрытия) оплачивается по часовой ставке, умноженной на этот коэффициент: допущение, по умолчанию 1.5 (в полуторном размере). В зарплате эти часы уже учтены по обычной ставке; строки стоимости переработки показывают всю оплату за них.",
            },
          }),
      })
      .default({ grossMargin: 0.25 })
      .meta({
        description: "Profit of a set-up: gross margin on realised revenue minus wages.",
        ru: { label: "Деньги", description: "Прибыль варианта: валовая маржа с полученной выручки минус зарплата." },
      }),
    serviceLevel: z
      .strictObject({
        thresholds: z
          .array(durationField)
          .min(1)
          .max(10)
          .default([20])
          .meta({
            description:
              'Waiting times (seconds, or text such as "20 s") at which the service level is reported: the share of served contacts that waited at most that long.',
            ru: {
              label: "Пороги ожидания",
              description:
                'Времена ожидания (секунды или текст, например "20 s"), для которых показывается уровень сервиса: доля обслуженных обращений, ждавших не дольше.',
            },
          }),
        target: z
          .strictObject({
            share: z
              .number()
              .gt(0)
              .lt(1)
              .meta({
                description: "Share (0-1, e.g. 0.8) of callers to answer within the time.",
                ru: {
                  label: "Доля",
                  description: "Доля (0-1, например 0.8) звонящих, которым надо ответить за это время.",
                },
              }),
            within: durationField.meta({
              description: 'The waiting time, in seconds (e.g. 20) or as text ("20 s").',
              ru: { label: "За время", description: 'Время ожидания, в секундах (например 20) или текстом ("20 s").' },
            }),
          })
          .optional()
          .meta({
            description:
              "A service target (e.g. 80% within 20 s). When given, results include staffing.<pool>.<HH:MM>.needed: the Erlang C staff that would meet it for the work each pool carried.",
            ru: {
              label: "Цель по уровню сервиса",
              description:
                "Цель по уровню сервиса (например 80% за 20 с). Если задана, в результатах есть `staffing.<pool>.<HH:MM>.needed`: сколько сотрудников по Эрлангу C нужно, чтобы её выполнить при той работе, что была у каждой группы.",
            },
          }),
      })
      .default({ thresholds: [20] })
      .meta({
        description: "Waiting-time thresholds for service levels.",
        ru: { label: "Уровень сервиса", description: "Пороги времени ожидания для уровня сервиса." },
      }),
    reportPoolIntervals: z
      .boolean()
      .default(false)
      .meta({
        description: "Also report each pool per interval of the day (poolInterval.* keys; used by clientflow staff).",
        ru: {
          label: "Группы по интервалам",
          description:
            "Показывать ещё и каждую группу по интервалам дня (ключи `poolInterval.*`; нужны `clientflow staff`).",
        },
      }),
    trace: z
      .strictObject({
        replication: z
          .int()
          .min(1)
          .default(1)
          .meta({
            description: "The replication traced (1 is the first).",
            ru: { label: "Прогон", description: "Какой прогон записывать (1 — первый)." },
          }),
        maxEvents: z
          .int()
          .min(1)
          .max(10_000_000)
          .default(40_000)
          .meta({
            description:
              "The most events kept (about two weeks of the default company); the trace says when it was cut.",
            ru: {
              label: "Событий не больше",
              description:
                "Сколько событий хранить самое большее (около двух недель компании по умолчанию); журнал отмечает, где он обрезан.",
            },
          }),
        from: z
          .enum(["warmupEnd", "start"])
          .default("warmupEnd")
          .meta({
            description:
              "Record from the end of the warm-up (the observed days; default) or from the start of the run.",
            options: {
              warmupEnd: { ru: "С конца разогрева", en: "From the end of the warm-up" },
              start: { ru: "С начала прогона", en: "From the start" },
            },
            ru: {
              label: "Писать с",
              description:
                "Записывать с конца разогрева (`warmupEnd`, наблюдаемые дни; по умолчанию) или с начала прогона (`start`).",
            },
          }),
      })
      .optional()
      .meta({
        description:
          "Keep an event trace of one replication (contacts, answers, transfers, outcomes, staff states), capped at maxEvents.",
        ru: {
          label: "Журнал событий",
          description:
            "Записать журнал событий одного прогона (обращения, ответы, переводы, исходы, состояния сотрудников), не больше `maxEvents`.",
        },
      }),
  })
  .meta({
    title: "Clientflow scenario",
    description: "A company, its clients and its rules, as data.",
    ru: { label: "Сценарий", description: "Компания, её клиенты и её правила в виде данных." },
  });

/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario after validation, with every default filled in: the data that is hashed. */
export type Scenario = z.output<typeof scenarioSchema>;
export type PoolInput = z.output<typeof poolSchema>;
