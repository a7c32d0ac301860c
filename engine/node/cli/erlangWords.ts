import { analyticModelCode, type AnalyticModel } from "../../analytic/index.js";
import type { ErlangReport, ErlangRequest } from "../../erlang/index.js";
import { pluralCount, type LabelLanguage } from "../../results/index.js";
import { replications, seedWords } from "./cliWords.js";
import { DETERMINISTIC_WORDS } from "../../random/distributions/deterministic.js";
import { EXPONENTIAL_WORDS } from "../../random/distributions/exponential.js";
import { LOGNORMAL_WORDS } from "../../random/distributions/lognormal.js";

/** A family's word in Russian, as the studio names it, in lower case (it qualifies a noun here). */
const FAMILY_RU = {
  exponential: EXPONENTIAL_WORDS.exponential.ru.toLowerCase(),
  deterministic: DETERMINISTIC_WORDS.deterministic.ru.toLowerCase(),
  lognormal: LOGNORMAL_WORDS.lognormal.ru.toLowerCase(),
};

/** The words of the calculator's text, per language. */
export const ERLANG_WORDS = {
  en: {
    rows: {
      pBlock: "pBlock (of arrivals)",
      pWait: "pWait (of admitted)",
      pAbandon: "pAbandon (of admitted)",
      meanWait: "meanWait, s (admitted)",
      meanWaitServed: "meanWaitServed, s",
      slServed: (t: number) => `slServed(${t} s)`,
      slAnswered: (t: number) => `slAnswered(${t} s)`,
      meanQueueLength: "meanQueueLength",
      occupancy: "occupancy",
    },
    yes: "yes",
    no: "no",
    header: ["Metric", "Analytic", "Simulated", "95% interval", "In CI", "(sim-exact)/se"],
    patience: (q: ErlangRequest) =>
      q.patience === "none" ? "no abandonment" : `${q.patience} patience ${q.patienceSeconds} s`,
    service: (q: ErlangRequest) =>
      q.service === "lognormal" ? `lognormal service (cv ${q.serviceCv})` : `${q.service} service`,
    queue: (capacity: number | null) => (capacity === null ? "unlimited queue" : `capacity ${capacity}`),
    request: (q: ErlangRequest, service: string, patience: string, queue: string) =>
      `Erlang calculator: ${q.agents} agents, ${q.arrivalsPerHour} arrivals/hour, AHT ${q.ahtSeconds} s, ${service}, ${patience}, ${queue}`,
    load: (load: string, share: string, model: string | undefined, steady: boolean) =>
      `Offered load ${load} erlangs (${share}% of the agents). Analytic model: ${model ?? (steady ? "none exact for this case" : "none, the queue has no steady state")}`,
    warning: "warning",
    unsteady: "*",
    unsteadyNote:
      "* No steady state at this load: these figures depend on how long the run is (the longer, the worse); they are not estimates.",
    simulated: (q: ErlangReport["request"], engine: string) =>
      `Simulated: ${q.replications} replications x ${q.customers} customers after ${q.warmupCustomersUsed} warm-up customers` +
      `${q.warmupCustomers === null ? " (default for this load)" : ""}, seed "${q.seed}", engine ${engine}`,
  },
  ru: {
    rows: {
      pBlock: "Отказано (pBlock), из поступивших",
      pWait: "Ждали (pWait), из принятых",
      pAbandon: "Не дождались (pAbandon), из принятых",
      meanWait: "Среднее ожидание, с (meanWait), принятые",
      meanWaitServed: "Среднее ожидание обслуженных, с (meanWaitServed)",
      slServed: (t: number) => `Обслужены за ${t} с (slServed), из обслуженных`,
      slAnswered: (t: number) => `Отвечены за ${t} с (slAnswered), из принятых`,
      meanQueueLength: "Средняя очередь (meanQueueLength)",
      occupancy: "Загрузка операторов (occupancy)",
    },
    yes: "да",
    no: "нет",
    header: ["Показатель", "Формула", "Симуляция", "95% интервал", "В интервале", "(сим. − точн.)/se"],
    patience: (q: ErlangRequest) =>
      q.patience === "none"
        ? "без ухода из очереди"
        : `${FAMILY_RU[q.patience]} терпение ${ruNumber(q.patienceSeconds ?? NaN)} с`,
    service: (q: ErlangRequest) =>
      q.service === "lognormal"
        ? `${FAMILY_RU.lognormal} время обслуживания (cv ${ruNumber(q.serviceCv)})`
        : `${FAMILY_RU[q.service]} время обслуживания`,
    queue: (capacity: number | null) => (capacity === null ? "очередь без ограничения" : `вместимость ${capacity}`),
    request: (q: ErlangRequest, service: string, patience: string, queue: string) =>
      `Калькулятор Эрланга: ${pluralCount("ru", q.agents, "one {# оператор} few {# оператора} many {# операторов} other {# оператора}")}, ` +
      `интенсивность ${ruNumber(q.arrivalsPerHour)} в час, среднее время обслуживания ${ruNumber(q.ahtSeconds)} с, ${service}, ${patience}, ${queue}`,
    load: (load: string, share: string, model: string | undefined, steady: boolean) =>
      `Поступающая нагрузка ${load} эрланга (${share}% от числа операторов). Аналитическая модель: ${model !== undefined ? modelRu(model) : steady ? "для этого случая точной нет" : "нет, у очереди нет установившегося режима"}`,
    warning: "предупреждение",
    unsteady: "*",
    unsteadyNote:
      "* При такой нагрузке установившегося режима нет: эти значения зависят от длины прогона (чем дольше, тем хуже) и оценками не являются.",
    simulated: (q: ErlangReport["request"], engine: string) =>
      `Симуляция: ${replications(q.replications, "ru")} × ` +
      `${pluralCount("ru", q.customers, "one {# клиент} few {# клиента} many {# клиентов} other {# клиента}", ruNumber(q.customers))} после ` +
      `${pluralCount("ru", q.warmupCustomersUsed, "one {# клиента} other {# клиентов}", ruNumber(q.warmupCustomersUsed))} разогрева` +
      `${q.warmupCustomers === null ? " (по умолчанию для этой нагрузки)" : ""}, ${seedWords(q.seed, "ru")}, движок ${engine}`,
  },
} as const satisfies Record<LabelLanguage, unknown>;

/** A number as Russian writes it: a decimal comma, as many decimals as it has. */
export function ruNumber(x: number): string {
  return x.toLocaleString("ru-RU", { maximumFractionDigits: 6 });
}

/** The analytic models' names in Russian, by code (their Kendall notation kept). */
export const MODEL_WORDS_RU: Record<AnalyticModel, string> = {
  erlangB: "M/G/c/c (Эрланг B)",
  birthDeath: "M/M/c/K (процесс гибели и размножения)",
  erlangC: "M/M/c (Эрланг C)",
  erlangA: "M/M/c+M (Эрланг A)",
  erlangAFinite: "M/M/c/K+M (Эрланг A, конечная вместимость)",
  pollaczekKhinchine: "M/G/1 (Поллачек — Хинчин)",
};

/** An analytic model's name (in English, as the report names it) in Russian; one this version does not know stays as written. */
function modelRu(model: string): string {
  const code = analyticModelCode(model);
  return code === undefined ? model : MODEL_WORDS_RU[code];
}
