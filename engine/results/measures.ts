/**
 * The catalogue of measures: every figure a results file can hold, with its unit, whether more is
 * better, the values it can take (which bound its 95% interval) and its label in English and
 * Russian. The writer can only write a measure listed here, and readers take units and labels
 * from here, so a new figure is one line in this file.
 */

/** What a measure's numbers are, for formatting. */
export type Unit = "share" | "seconds" | "hours" | "days" | "money" | "count" | "people";

/** Whether more of a measure is better (for colours and verdicts), less is, or neither. */
export type Direction = "higher" | "lower" | "neutral";

/**
 * The values a measure can take, which bound its 95% interval: a `share` lies in [0, 1], a
 * `nonNegative` figure in [0, infinity), a `signed` one anywhere.
 */
export type MetricRange = "share" | "nonNegative" | "signed";

/** What a measure's breakdown names, when it has one. */
export type BreakdownKind = "outcome" | "cause" | "threshold" | "state" | "reason";

export interface MeasureInfo {
  unit: Unit;
  direction: Direction;
  range: MetricRange;
  /** The breakdown the measure may carry (a row of the measure without one is the total). */
  breakdown?: BreakdownKind;
  /** The label; `{t}` stands for a threshold breakdown's seconds. */
  label: { en: string; ru: string };
}

function m<B extends BreakdownKind | undefined = undefined>(
  unit: Unit,
  direction: Direction,
  range: MetricRange,
  en: string,
  ru: string,
  breakdown?: B,
): B extends BreakdownKind ? MeasureInfo & { breakdown: B } : MeasureInfo {
  const info: MeasureInfo = { unit, direction, range, label: { en, ru } };
  if (breakdown !== undefined) info.breakdown = breakdown;
  return info as B extends BreakdownKind ? MeasureInfo & { breakdown: B } : MeasureInfo;
}

export const MEASURES = {
  // contacts and their outcomes
  arrivals: m("count", "neutral", "nonNegative", "Contacts", "Обращения"),
  admitted: m("count", "neutral", "nonNegative", "Admitted", "Приняты в очередь"),
  served: m("count", "higher", "nonNegative", "Served", "Обслужено"),
  blocked: m("count", "lower", "nonNegative", "Queue full", "Очередь полна"),
  linesBusy: m("count", "lower", "nonNegative", "Lines busy", "Линии заняты"),
  balked: m("count", "lower", "nonNegative", "Balked", "Ушли сразу"),
  abandoned: m("count", "lower", "nonNegative", "Abandoned", "Не дождались"),
  transferUnanswered: m("count", "lower", "nonNegative", "Transfer unanswered", "Перевод без ответа"),
  refusedUpstairs: m("count", "lower", "nonNegative", "Refused to go upstairs", "Отказались идти наверх"),
  lostAtClosing: m("count", "lower", "nonNegative", "Lost at closing", "Потеряны при закрытии"),
  closed: m("count", "lower", "nonNegative", "Closed", "Закрыто"),
  unfinished: m("count", "neutral", "nonNegative", "Unfinished", "Не завершены"),
  pBlock: m("share", "lower", "share", "Queue full", "Очередь полна"),
  pBalk: m("share", "lower", "share", "Balked", "Ушли сразу"),
  pLinesBusy: m("share", "lower", "share", "Lines busy", "Линии заняты"),
  pWait: m("share", "lower", "share", "Waited", "Ждали"),
  pAbandon: m("share", "lower", "share", "Abandoned", "Не дождались"),
  pLost: m("share", "lower", "share", "Lost", "Потеряно"),
  lostContacts: m("count", "lower", "nonNegative", "Lost contacts", "Потерянные обращения"),
  meanWait: m("seconds", "lower", "nonNegative", "Mean wait", "Среднее ожидание"),
  meanWaitServed: m("seconds", "lower", "nonNegative", "Mean wait of served", "Среднее ожидание обслуженных"),
  meanTimeToAnswer: m(
    "seconds",
    "lower",
    "nonNegative",
    "Mean time to first answer",
    "Среднее время до первого ответа",
  ),
  slServed: m("share", "higher", "share", "Served within {t} s", "Обслужены за {t} с", "threshold"),
  slAnswered: m("share", "higher", "share", "Answered within {t} s", "Отвечены за {t} с", "threshold"),
  waitP50: m("seconds", "lower", "nonNegative", "Wait, median", "Ожидание, медиана"),
  waitP80: m("seconds", "lower", "nonNegative", "Wait, 80th percentile", "Ожидание, 80-й процентиль"),
  waitP90: m("seconds", "lower", "nonNegative", "Wait, 90th percentile", "Ожидание, 90-й процентиль"),
  waitP95: m("seconds", "lower", "nonNegative", "Wait, 95th percentile", "Ожидание, 95-й процентиль"),
  transfers: m("count", "neutral", "nonNegative", "Transfers", "Переводы"),
  meanTransferWait: m(
    "seconds",
    "lower",
    "nonNegative",
    "Mean wait after a transfer",
    "Среднее ожидание после перевода",
  ),
  deals: m("count", "higher", "nonNegative", "Deals", "Сделки"),
  conversion: m("share", "higher", "share", "Conversion", "Конверсия"),
  revenue: m("money", "higher", "nonNegative", "Revenue", "Выручка"),
  lostRevenue: m(
    "money",
    "lower",
    "nonNegative",
    "Lost sales and deal chances lost to waiting (expected value)",
    "Упущенные продажи и шансы сделок, потерянные из-за ожидания (ожидаемая сумма)",
    "cause",
  ),
  lostSales: m("money", "lower", "nonNegative", "Lost sales (expected value)", "Упущенные продажи (ожидаемая сумма)"),
  lostClients: m("count", "lower", "nonNegative", "Lost clients", "Потерянные клиенты", "cause"),
  stillRetrying: m("count", "neutral", "nonNegative", "Still retrying", "Ещё перезвонят"),
  registeredClients: m("count", "higher", "nonNegative", "Registered clients", "Зарегистрированные клиенты"),
  // per observed day
  arrivalsPerDay: m("count", "neutral", "nonNegative", "Client contacts per day", "Обращений клиентов в день"),
  servedPerDay: m("count", "higher", "nonNegative", "Served per day", "Обслужено в день"),
  abandonedPerDay: m("count", "lower", "nonNegative", "Abandoned per day", "Не дождались в день"),
  lostPerDay: m("count", "lower", "nonNegative", "Lost contacts per day", "Потерянных обращений в день"),
  dealsPerDay: m("count", "higher", "nonNegative", "Deals per day", "Сделок в день"),
  revenuePerDay: m("money", "higher", "nonNegative", "Revenue per day", "Выручка в день"),
  lostRevenuePerDay: m(
    "money",
    "lower",
    "nonNegative",
    "Lost sales and deal chances lost to waiting per day (expected value)",
    "Упущенные продажи и шансы сделок, потерянные из-за ожидания, в день (ожидаемая сумма)",
  ),
  lostSalesPerDay: m(
    "money",
    "lower",
    "nonNegative",
    "Lost sales per day (expected value)",
    "Упущенные продажи в день (ожидаемая сумма)",
  ),
  lostClientsPerDay: m("count", "lower", "nonNegative", "Lost clients per day", "Потерянных клиентов в день"),
  lostContactsPerDay: m("count", "lower", "nonNegative", "Lost contacts per day", "Потерянных обращений в день"),
  contactsPerDay: m("count", "neutral", "nonNegative", "Contacts per day", "Обращений в день", "outcome"),
  // queues and staff over time
  meanQueueLength: m("count", "lower", "nonNegative", "Mean queue length", "Средняя длина очереди"),
  meanBusy: m("people", "neutral", "nonNegative", "Mean staff busy", "Среднее число занятых"),
  meanStaffed: m("people", "neutral", "nonNegative", "Mean staff on shift", "Среднее число на смене"),
  occupancy: m("share", "neutral", "share", "Occupancy", "Загрузка"),
  staffed: m("people", "neutral", "nonNegative", "Staff on shift", "На смене"),
  busy: m("people", "neutral", "nonNegative", "Staff busy", "Заняты"),
  queue: m("count", "lower", "nonNegative", "Clients waiting", "Клиенты в очереди"),
  needed: m("people", "neutral", "nonNegative", "Staff needed (Erlang C)", "Нужно сотрудников (Erlang C)"),
  // people and roles
  staff: m("people", "neutral", "nonNegative", "Staff", "Сотрудники"),
  hoursOnShift: m("hours", "neutral", "nonNegative", "Hours on shift", "Часы на смене"),
  share: m("share", "neutral", "share", "Share of time on shift", "Доля времени на смене", "state"),
  shareWorking: m("share", "neutral", "share", "Share of time working", "Доля времени в работе"),
  creditedRevenue: m("money", "higher", "nonNegative", "Credited revenue", "Зачтённая выручка"),
  creditedDeals: m("count", "higher", "nonNegative", "Credited deals", "Зачтённые сделки"),
  // outbound calls
  attempts: m("count", "neutral", "nonNegative", "Outbound attempts", "Исходящие попытки"),
  conversations: m("count", "higher", "nonNegative", "Conversations", "Разговоры"),
  leads: m("count", "higher", "nonNegative", "Leads", "Лиды"),
  answerRate: m("share", "higher", "share", "Answer rate", "Доля ответов"),
  // money
  grossMargin: m("money", "higher", "nonNegative", "Gross margin", "Валовая маржа"),
  wages: m("money", "lower", "nonNegative", "Wages", "Зарплата"),
  profit: m("money", "higher", "signed", "Profit", "Прибыль"),
  grossMarginPerDay: m("money", "higher", "nonNegative", "Gross margin per day", "Валовая маржа в день"),
  wagesPerDay: m("money", "lower", "nonNegative", "Wages per day", "Зарплата в день"),
  profitPerDay: m("money", "higher", "signed", "Profit per day", "Прибыль в день"),
  // control: fines, plans, scores
  fines: m("money", "lower", "nonNegative", "Fines over the observed days", "Штрафы за наблюдаемые дни", "reason"),
  fineCount: m(
    "count",
    "lower",
    "nonNegative",
    "Fines due over the observed days (breaches of the rule)",
    "Положено штрафов за наблюдаемые дни (нарушений правила)",
    "reason",
  ),
  finesPerDay: m("money", "lower", "nonNegative", "Fines per day", "Штрафы в день"),
  revenueAttainment: m("share", "higher", "nonNegative", "Revenue plan attained", "Выполнение плана по выручке"),
  salesAttainment: m("share", "higher", "nonNegative", "Sales plan attained", "Выполнение плана по продажам"),
  score: m("share", "higher", "nonNegative", "Score", "Оценка"),
  // overtime: work after a shift (or closing) ends
  overtimeHours: m("hours", "lower", "nonNegative", "Overtime hours", "Часы переработки"),
  overtimeHoursPerDay: m("hours", "lower", "nonNegative", "Overtime hours per day", "Часы переработки в день"),
  overtimeCost: m("money", "lower", "nonNegative", "Overtime pay", "Оплата переработки"),
  overtimeCostPerDay: m("money", "lower", "nonNegative", "Overtime pay per day", "Оплата переработки в день"),
  // the observation window
  seconds: m("seconds", "neutral", "nonNegative", "Observed seconds", "Секунд наблюдения"),
  days: m("days", "neutral", "nonNegative", "Observed days", "Дней наблюдения"),
} as const satisfies Record<string, MeasureInfo>;

/** A measure of the catalogue. */
export type Measure = keyof typeof MEASURES;

/** Every measure, in the catalogue's order. */
export const MEASURE_NAMES = Object.keys(MEASURES) as Measure[];

/** The catalogue entry of a measure. */
export function measureInfo(measure: Measure): MeasureInfo {
  return MEASURES[measure];
}

/** Whether a string names a measure of the catalogue (for readers of files). */
export function isMeasure(name: string): name is Measure {
  return Object.prototype.hasOwnProperty.call(MEASURES, name);
}
