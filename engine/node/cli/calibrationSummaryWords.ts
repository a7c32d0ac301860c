import { pluralCount, type LabelLanguage } from "../../results/index.js";

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
    notWrittenLine: (line: string) => line,
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
    notWrittenLine: (line: string) => notWrittenRu(line),
  },
} as const satisfies Record<LabelLanguage, unknown>;

/** «1 отвеченный звонок», «3 отвеченных звонка», «12 отвеченных звонков». */
function answeredRu(n: number): string {
  return pluralCount(
    "ru",
    n,
    "one {# отвеченный звонок} few {# отвеченных звонка} many {# отвеченных звонков} other {# отвеченного звонка}",
    n.toLocaleString("ru-RU"),
  );
}

/**
 * The reasons the calibration writes for what it did not write (engine/calibration's
 * calibrationVariant), in Russian; the names (channel / segment, files) stay as written.
 */
const NOT_WRITTEN_RU: [RegExp, (...m: string[]) => string][] = [
  [
    /^arrival rates of (.+): the scenario has no arrival stream of it$/,
    (x) => `интенсивность поступлений ${x}: такого потока поступлений в сценарии нет`,
  ],
  [
    /^arrival rates of (.+): the scenario has (\d+) streams it could belong to$/,
    (x, n) =>
      `интенсивность поступлений ${x}: в сценарии ${pluralCount("ru", Number(n), "one {# поток} few {# потока} many {# потоков} other {# потока}")}, к которым она может относиться`,
  ],
  [
    /^service time of (.+): no fitted family the scenario can state$/,
    (x) => `время обслуживания ${x}: ни одно подобранное распределение нельзя задать в сценарии`,
  ],
  [
    /^service time of (.+): no arrival stream of it in the scenario$/,
    (x) => `время обслуживания ${x}: такого потока поступлений в сценарии нет`,
  ],
  [
    /^service time of (.+): ([\d,]+) answered calls?, fewer than the (\d+) needed to fit a distribution$/,
    (x, n, needed) =>
      `время обслуживания ${x}: ${answeredRu(Number(n!.replace(/,/g, "")))} — меньше ${needed}, нужных для подбора распределения`,
  ],
  [
    /^patience of (.+): no abandoned call, so patience is longer than any wait seen$/,
    (x) => `терпение ${x}: ни один звонок не брошен, значит терпение дольше любого наблюдавшегося ожидания`,
  ],
  [
    /^patience of (.+): no arrival stream of it in the scenario$/,
    (x) => `терпение ${x}: такого потока поступлений в сценарии нет`,
  ],
  [
    /^deals of (.+): every row of (.+) is a sale, so the deal chance cannot be told, and the scenario has none$/,
    (x, f) =>
      `сделки ${x}: каждая строка ${f} — продажа, поэтому вероятность сделки не определить, а в сценарии её нет`,
  ],
  [
    /^deal chance of (.+): every row of (.+) is a sale \(no visit without one\)$/,
    (x, f) => `вероятность сделки ${x}: каждая строка ${f} — продажа (нет визитов без сделки)`,
  ],
  [/^deal value of (.+): fewer than 5 deals$/, (x) => `сумма сделки ${x}: меньше 5 сделок`],
  [
    /^deal value of (.+): no fitted family the scenario can state$/,
    (x) => `сумма сделки ${x}: ни одно подобранное распределение нельзя задать в сценарии`,
  ],
];

/** A line of the report's notWritten in Russian; a reason this version does not know stays as written. */
function notWrittenRu(line: string): string {
  for (const [pattern, ru] of NOT_WRITTEN_RU) {
    const m = pattern.exec(line);
    if (m !== null) return ru(...m.slice(1));
  }
  return line;
}
