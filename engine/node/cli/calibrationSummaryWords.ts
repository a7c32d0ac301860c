import { pluralCount, type LabelLanguage } from "../../results/index.js";
import { notWrittenReason } from "../../../viz/i18n/index.js";

/**
 * The words of `clientflow calibrate`'s summary, per language; numbers, intervals and names come
 * in already written in the language.
 */
export const CALIBRATION_WORDS = {
  en: {
    source: (file: string, read: string, used: string, left: string, first: string, last: string) =>
      `${file}: ${read} rows, ${used} used, ${left} left out; ${first} to ${last}`,
    badRows: (count: string, reason: string, rows: string[], more: boolean) =>
      `  ${count} ${reason} (row${rows.length > 1 ? "s" : ""} ${rows.join(", ")}${more ? ", ..." : ""})`,
    /** A stream in English (Russian names it by the viewer's streamName). */
    stream: (channel: string, segment: string | null) => `${channel} / ${segment ?? "all segments"}`,
    arrivals: (level: string) =>
      `Arrivals per day by weekday (${level} exact Poisson intervals; per half hour in the report):`,
    serviceTimes: (level: string) =>
      `Service times, talk time of answered calls (maximum likelihood, smallest BIC chosen; ${level} intervals):`,
    fit: (n: string, fit: string, ks: string, critical: string, next: string) =>
      `n ${n}, ${fit} s; KS ${ks} (5% reference ${critical})${next}`,
    next: (family: string, bic: string) => `; next ${family} BIC +${bic}`,
    tooFew: (count: string, needed: number) =>
      `too few answered calls to fit a distribution: ${count}, at least ${needed} needed; the scenario's service time is kept`,
    patience: (level: string) => `Patience (exponential MLE, answered calls censored; ${level} intervals):`,
    patienceLine: (abandoned: string, answered: string, mean: string, median: string) =>
      `${abandoned} abandoned, ${answered} answered; ${mean}; Kaplan-Meier median ${median}`,
    noAbandoned: "no abandoned call",
    mean: (mean: string, interval: string) => `mean ${mean} s ${interval}`,
    median: (median: string) => `${median} s`,
    notReached: "not reached",
    deals: (level: string) => `Deals per segment (${level} intervals):`,
    dealsLine: (deals: number, visits: number, chance: string, value: string, count: (n: number) => string) =>
      `${count(deals)} deals in ${count(visits)} visits; ${chance}; ${value}`,
    chanceUnknown: "chance unknown (sales only)",
    chance: (p: string, interval: string) => `chance ${p} ${interval}`,
    noValue: "too few deals to fit a value",
    value: (fit: string) => `value ${fit}`,
    wrote: (outputs: readonly string[], changes: number) =>
      `Wrote ${outputs.join(" and ")}: ${changes} changes, each with a note.`,
    notWritten: "Not written:",
    /** A line of the report's notWritten (English already). */
    notWrittenLine: (line: string) => notWrittenReason(line, "en"),
  },
  ru: {
    source: (file: string, read: string, used: string, left: string, first: string, last: string) =>
      `${file}: прочитано строк ${read}, использовано ${used}, отброшено ${left}; с ${first} по ${last}`,
    badRows: (count: string, reason: string, rows: string[], more: boolean) =>
      `  ${count}: ${reason} (${rows.length > 1 ? "строки" : "строка"} ${rows.join(", ")}${more ? ", ..." : ""})`,
    arrivals: (level: string) =>
      `Поступления в день по дням недели (точные пуассоновские интервалы ${level}; по получасам — в отчёте):`,
    serviceTimes: (level: string) =>
      `Время обслуживания — время разговора отвеченных звонков (максимальное правдоподобие, выбрано распределение с наименьшим BIC; интервалы ${level}):`,
    fit: (n: string, fit: string, ks: string, critical: string, next: string) =>
      `n ${n}, ${fit} с; KS ${ks} (порог 5%: ${critical})${next}`,
    next: (family: string, bic: string) => `; следующее — ${family}, BIC +${bic}`,
    tooFew: (count: string, needed: number) =>
      `слишком мало отвеченных звонков для подбора распределения: ${count}, нужно не меньше ${needed}; время обслуживания в сценарии не меняется`,
    patience: (level: string) =>
      `Терпение (экспоненциальное, максимальное правдоподобие, отвеченные звонки — цензурированные наблюдения; интервалы ${level}):`,
    patienceLine: (abandoned: string, answered: string, mean: string, median: string) =>
      `не дождались ${abandoned}, отвечено ${answered}; ${mean}; медиана Каплана — Мейера ${median}`,
    noAbandoned: "ни один звонок не брошен",
    mean: (mean: string, interval: string) => `среднее ${mean} с ${interval}`,
    median: (median: string) => `${median} с`,
    notReached: "не достигнута",
    deals: (level: string) => `Сделки по сегментам (интервалы ${level}):`,
    dealsLine: (deals: number, visits: number, chance: string, value: string, count: (n: number) => string) =>
      `${pluralCount("ru", deals, "one {# сделка} few {# сделки} many {# сделок} other {# сделки}", count(deals))} ` +
      `из ${pluralCount("ru", visits, "one {# визита} other {# визитов}", count(visits))}; ${chance}; ${value}`,
    chanceUnknown: "вероятность неизвестна (только продажи)",
    chance: (p: string, interval: string) => `вероятность ${p} ${interval}`,
    noValue: "слишком мало сделок, чтобы подобрать распределение суммы",
    value: (fit: string) => `сумма: ${fit}`,
    wrote: (outputs: readonly string[], changes: number) =>
      `Записано в ${outputs.join(" и ")}: ${pluralCount("ru", changes, "one {# изменение} few {# изменения} many {# изменений} other {# изменения}")}, у каждого примечание.`,
    notWritten: "Не записано:",
    notWrittenLine: (line: string) => notWrittenReason(line, "ru"),
  },
} as const satisfies Record<LabelLanguage, unknown>;
