import {
  currencySymbol,
  isMeasure,
  measureLabel,
  MEASURES,
  pluralCount,
  type LabelLanguage,
  type Unit,
} from "../../results/index.js";
import { METHOD, SHIFT_METHOD, type Staffing } from "../../staffing/index.js";
import type { Weekday } from "../../time/index.js";
import { replications as runs, shortWeekday } from "./cliWords.js";
import { fmt, pct } from "./table.js";

const MODE_RU: Record<Staffing["mode"], string> = { targets: "режим целей", profit: "режим прибыли" };

/** «смоделировано 12 кандидатов»: how many candidate rosters the search simulated. */
const simulated = (n: number) =>
  pluralCount(
    "ru",
    n,
    "one {смоделирован # кандидат} few {смоделировано # кандидата} many {смоделировано # кандидатов} other {смоделировано # кандидата}",
  );

/**
 * A staffing target's metric by its label in `lang` ("slServed.20": «Обслужены за 20 с»), the code
 * itself when the catalogue of measures does not know it.
 */
export function targetMetricLabel(metric: string, lang: LabelLanguage): string {
  const threshold = /^(.+)\.(\d+(?:\.\d+)?)$/.exec(metric);
  const name = threshold === null ? metric : threshold[1]!;
  if (!isMeasure(name)) return metric;
  const info = MEASURES[name];
  if (threshold === null)
    return info.breakdown === "threshold" ? metric : measureLabel({ measure: name, breakdown: null }, lang);
  if (info.breakdown !== "threshold") return metric;
  return measureLabel({ measure: name, breakdown: { kind: "threshold", value: Number(threshold[2]) } }, lang);
}

/** A staffing target's metric's unit from the catalogue of measures ("slServed.20": share), null when it does not know it. */
export function targetMetricUnit(metric: string): Unit | null {
  const name = /^(.+)\.(\d+(?:\.\d+)?)$/.exec(metric)?.[1] ?? metric;
  return isMeasure(name) ? MEASURES[name].unit : null;
}

/** The short unit words written after a number, per language. */
const UNIT_WORDS: Record<LabelLanguage, Partial<Record<Unit, string>>> = {
  en: { seconds: "s", hours: "h", days: "days" },
  ru: { seconds: "с", hours: "ч", days: "дн." },
};

/**
 * A re-checked value of a staffing target's metric with its unit, in `lang`: a wait in seconds
 * ("147.4 s", «147,4 с»), a share in percent ("81.2%"), money with the currency's sign; "-" when
 * there was no contact to measure.
 */
export function targetValue(
  metric: string,
  x: number | null | undefined,
  lang: LabelLanguage,
  currency: string,
): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "-";
  const unit = targetMetricUnit(metric);
  if (unit === "share") return pct(x, 1, lang);
  if (unit === "money") return money(x, lang, currency);
  const word = unit === null ? undefined : UNIT_WORDS[lang][unit];
  return word === undefined ? fmt(x, unit === null ? 3 : 1, lang) : `${fmt(x, 1, lang)} ${word}`;
}

/** An amount of money in whole units with the currency's sign, as the run summary writes it: "11,210 ₽". */
export function money(x: number, lang: LabelLanguage, currency: string): string {
  const text = fmt(x, 0, lang);
  return text === "-" ? text : `${text} ${currencySymbol(currency, lang)}`;
}

/** The words `clientflow staff` prints, per language: the rosters per interval and by whole shifts. */
export const STAFFING_WORDS = {
  en: {
    title: (mode: Staffing["mode"], evaluations: number) =>
      `Staffing (${mode} mode): ${evaluations} candidates simulated.`,
    shiftTitle: (mode: Staffing["mode"], evaluations: number) =>
      `Staffing by whole shifts (${mode} mode): ${evaluations} candidates simulated.`,
    pool: (pool: string, handle: string, hours: string, wages: string) =>
      `Pool "${pool}" (handling time ${handle} s): ${hours} staff hours and ${wages} in wages per open day`,
    header: (metrics: string[]) => [
      "Interval",
      "Arrivals/day",
      "Erlang C",
      "Staff",
      ...metrics.map((m) => `${m} (re-check)`),
      "Targets met",
    ],
    yes: "yes",
    no: "NO",
    recheck: (seed: string, replications: number, met: number, intervals: number) =>
      `Re-check on fresh seeds ("${seed}", ${replications} replications): ${met} of ${intervals} staffed intervals meet the targets`,
    profit: (profit: string) => `; profit ${profit} per day`,
    shiftPool: (pool: string, handle: string, hourly: string) =>
      `Pool "${pool}" (handling time ${handle} s, ${hourly} an hour)`,
    shiftHeader: [
      "Day",
      "Shifts (people x hours)",
      "People",
      "Paid hours",
      "Wages",
      "Now: people",
      "Now: hours",
      "Now: wages",
      "Δ hours",
      "Δ wages",
    ],
    weekday: (d: Weekday): string => d,
    shift: (people: number, shift: string) => `${people}x ${shift}`,
    week: "week",
    people: (n: number) => `${n} people`,
    overtime: (hours: string, cost: string, nowHours: string, nowCost: string) =>
      `Overtime per week (measured on the final seeds): ${hours} h costing ${cost}; now ${nowHours} h costing ${nowCost}`,
    shiftRecheck: (
      seed: string,
      replications: number,
      met: number,
      intervals: number,
      nowMet: number,
      nowIntervals: number,
    ) =>
      `Re-check on fresh seeds ("${seed}", ${replications} replications): ${met} of ${intervals} staffed intervals (pool, weekday, half hour) meet the targets; now ${nowMet} of ${nowIntervals}`,
    shiftProfit: (profit: string, now: string) => `; profit ${profit} per day, now ${now}`,
    written: (csv: string, out: string) => `Rosters written to ${csv} and ${out}`,
  },
  ru: {
    title: (mode: Staffing["mode"], evaluations: number) =>
      `Подбор штата (${MODE_RU[mode]}): ${simulated(evaluations)}.`,
    shiftTitle: (mode: Staffing["mode"], evaluations: number) =>
      `Подбор штата целыми сменами (${MODE_RU[mode]}): ${simulated(evaluations)}.`,
    pool: (pool: string, handle: string, hours: string, wages: string) =>
      `Пул «${pool}» (время обслуживания ${handle} с): ${hours} ч работы штата и ${wages} зарплаты за рабочий день`,
    header: (metrics: string[]) => [
      "Интервал",
      "Поступлений в день",
      "Эрланг C",
      "Штат",
      ...metrics.map((m) => `${targetMetricLabel(m, "ru")} (перепроверка)`),
      "Цели выполнены",
    ],
    yes: "да",
    no: "НЕТ",
    recheck: (seed: string, replications: number, met: number, intervals: number) =>
      `Перепроверка на новых зёрнах («${seed}», ${runs(replications, "ru")}): цели выполнены в ${met} из ${intervals} интервалов со штатом`,
    profit: (profit: string) => `; прибыль ${profit} в день`,
    shiftPool: (pool: string, handle: string, hourly: string) =>
      `Пул «${pool}» (время обслуживания ${handle} с, ${hourly} в час)`,
    shiftHeader: [
      "День",
      "Смены (людей × часы)",
      "Людей",
      "Оплачено часов",
      "Зарплата",
      "Сейчас: людей",
      "Сейчас: часов",
      "Сейчас: зарплата",
      "Δ часов",
      "Δ зарплаты",
    ],
    weekday: (d: Weekday): string => shortWeekday(d, "ru"),
    shift: (people: number, shift: string) => `${people} × ${shift}`,
    week: "неделя",
    people: (n: number) => pluralCount("ru", n, "one {# человек} few {# человека} many {# человек} other {# человека}"),
    overtime: (hours: string, cost: string, nowHours: string, nowCost: string) =>
      `Переработка за неделю (измерена на итоговых зёрнах): ${hours} ч, оплата ${cost}; сейчас ${nowHours} ч, оплата ${nowCost}`,
    shiftRecheck: (
      seed: string,
      replications: number,
      met: number,
      intervals: number,
      nowMet: number,
      nowIntervals: number,
    ) =>
      `Перепроверка на новых зёрнах («${seed}», ${runs(replications, "ru")}): цели выполнены в ${met} из ${intervals} интервалов со штатом (пул, день недели, полчаса); сейчас в ${nowMet} из ${nowIntervals}`,
    shiftProfit: (profit: string, now: string) => `; прибыль ${profit} в день, сейчас ${now}`,
    written: (csv: string, out: string) => `Планы штата записаны в ${csv} и ${out}`,
  },
} as const satisfies Record<LabelLanguage, unknown>;

/** The search methods of engine/staffing (METHOD, SHIFT_METHOD) in Russian. */
const METHODS_RU = new Map<string, string>([
  [
    METHOD,
    "По пулам, в заданном порядке: (1) прогон сценария как есть даёт интенсивность поступлений в пул в каждом интервале и время обслуживания пула; " +
      "(2) начало — штат каждого интервала по Эрлангу C для этих интенсивностей; (3) в режиме целей интервалам, где цель не выполнена (по " +
      "прогонам, на общих случайных числах, с односторонней доверительной вероятностью `confidence`: среднее за пределом цели на t стандартных ошибок), добавляется по человеку, пока цели не выполнены везде; затем каждый интервал, начиная с самых укомплектованных, пробуется с одним человеком " +
      "меньше и сохраняет это, если цели по-прежнему выполнены во всех интервалах; в режиме прибыли уровень всех интервалов, затем каждый интервал пробуется с одним человеком больше и меньше, и изменение " +
      "сохраняется, если прибыль в день (валовая маржа минус зарплата) значимо растёт (95% интервал парных разностей выше нуля); (4) в режиме целей интервалам, где цель не выполнена на новых зёрнах " +
      "(checkSeed), добавляется по человеку, пока она там не выполнена (с той же доверительной вероятностью); (5) штат прогоняется ещё раз на зёрнах, не используемых ни для чего другого " +
      "(«<checkSeed>|final»), и показан таким, как измерен там (цель выполнена — по среднему).",
  ],
  [
    SHIFT_METHOD,
    "Целыми сменами, по дням недели, все пулы в одной симуляции на кандидата (совмещение делит работу): (1) прогон сценария как есть даёт поступления в каждый пул по дням недели и интервалам " +
      "и его время обслуживания; (2) штат каждого интервала по Эрлангу C жадно покрывается целыми сменами (смена, покрывающая больше всего интервалов с нехваткой, при равенстве — более короткая); " +
      "(3) в режиме целей каждый пул и день недели с интервалом, где цель не выполнена (по прогонам, на общих случайных числах, с односторонней доверительной вероятностью `confidence`: среднее за пределом цели на t стандартных ошибок), получает человека на смену, покрывающую больше всего " +
      "невыполненных интервалов, пока цели не выполнены везде (человек, который не уменьшает невыполненные интервалы, убирается, и этот день недели пула оставляется: там цель штату недоступна); " +
      "затем, начиная с самых длинных смен, на смене убирается по человеку сразу во все дни недели, и это сохраняется в те дни, где невыполненных интервалов (по всем пулам) не больше, чем было; " +
      "в режиме прибыли человек больше или меньше на смене во все дни недели сохраняется, если прибыль в день за вычетом надбавки за переработку значимо растёт (95% интервал парных разностей выше нуля); " +
      "(4) в режиме целей дням недели, где цель не выполнена на новых зёрнах (checkSeed), добавляется по человеку, пока она там не выполнена (с той же доверительной вероятностью); (5) рекомендованный и текущий штат прогоняются ещё раз " +
      "на зёрнах, не используемых ни для чего другого («<checkSeed>|final»), и показаны такими, как измерены там (цель выполнена — по среднему).",
  ],
]);

/** How the staffing search worked, in `lang` (a method this version does not know stays as written). */
export function methodText(method: string, lang: LabelLanguage): string {
  return lang === "ru" ? (METHODS_RU.get(method) ?? method) : method;
}
