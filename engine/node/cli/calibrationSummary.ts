import { describeFit, round4, type CalibrationReport } from "../../calibration/index.js";
import { NO_LABELS, pluralCount, type LabelLanguage, type NameLabels } from "../../results/index.js";
import { badRowReason, familyName, streamName, weekdayName } from "../../../viz/figures/index.js";
import { makeLocale } from "../../../viz/i18n/index.js";

type FamilyFit = CalibrationReport["serviceTimes"][number]["fit"]["fits"][number];

/** The parameters of a fitted family in Russian. */
const PARAMETERS_RU: Record<string, string> = { mean: "среднее", cv: "cv", min: "мин", mode: "мода", max: "макс" };

/** The summary's words in Russian (English is written out below, as it always was). */
const RU = {
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
  patience: (level: string) =>
    `Терпение (экспоненциальное, максимальное правдоподобие, отвеченные звонки — цензурированные наблюдения; интервалы ${level}):`,
  patienceLine: (abandoned: string, answered: string, mean: string, median: string) =>
    `не дождались ${abandoned}, отвечено ${answered}; ${mean}; медиана Каплана — Мейера ${median}`,
  noAbandoned: "ни один звонок не брошен",
  mean: (mean: string, interval: string) => `среднее ${mean} с ${interval}`,
  notReached: "не достигнута",
  deals: (level: string) => `Сделки по сегментам (интервалы ${level}):`,
  dealsLine: (deals: number, visits: number, chance: string, value: string) =>
    `${pluralCount("ru", deals, "one {# сделка} few {# сделки} many {# сделок} other {# сделки}", count(deals, "ru"))} ` +
    `из ${pluralCount("ru", visits, "one {# визита} other {# визитов}", count(visits, "ru"))}; ${chance}; ${value}`,
  chanceUnknown: "вероятность неизвестна (только продажи)",
  chance: (p: string, interval: string) => `вероятность ${p} ${interval}`,
  noValue: "слишком мало сделок, чтобы подобрать распределение суммы",
  value: (fit: string) => `сумма: ${fit}`,
  wrote: (outputs: readonly string[], changes: number) =>
    `Записаны ${outputs.join(" и ")}: ${pluralCount("ru", changes, "one {# изменение} few {# изменения} many {# изменений} other {# изменения}")}, у каждого примечание.`,
  notWritten: "Не записано (причины так, как их пишет калибровка):",
};

function count(n: number, lang: LabelLanguage): string {
  return n.toLocaleString(lang === "ru" ? "ru-RU" : "en-US");
}

/** 4 significant digits, with a decimal comma in Russian. */
function number(x: number, lang: LabelLanguage): string {
  const v = round4(x);
  return lang === "ru" ? String(v).replace(".", ",") : String(v);
}

/** An interval: "[1.2, 3.4]", in Russian "[1,2; 3,4]" (the comma is the decimal sign there). */
function span(i: [number, number], lang: LabelLanguage): string {
  return lang === "ru" ? `[${number(i[0], lang)}; ${number(i[1], lang)}]` : `[${round4(i[0])}, ${round4(i[1])}]`;
}

/** "lognormal mean 181.2 [175, 188], cv 0.79 [0.76, 0.82]" in `lang`. */
function fitText(fit: FamilyFit, lang: LabelLanguage): string {
  if (lang === "en") return describeFit(fit);
  const parameters = Object.entries(fit.parameters).map(([name, value]) => {
    const i = fit.intervals[name];
    return `${PARAMETERS_RU[name] ?? name} ${number(value, lang)}${i ? ` ${span(i, lang)}` : ""}`;
  });
  return `${familyName(fit, makeLocale("ru"))}: ${parameters.join(", ")}`;
}

/**
 * The terminal summary of a calibration, in `lang`: sources and rows left out, then every
 * estimate in a line or two (channels and segments by the scenario's labels in that language).
 */
export function calibrationSummary(
  report: CalibrationReport,
  outputs: readonly string[],
  lang: LabelLanguage = "en",
  names: NameLabels = NO_LABELS,
): string {
  const ru = lang === "ru";
  const locale = makeLocale(lang, names);
  const n = (x: number) => count(x, lang);
  const s4 = (x: number) => number(x, lang);
  const level = `${s4(report.confidence * 100)}%`;
  const label = (channel: string, segment: string | null) =>
    ru ? streamName(channel, segment, locale) : `${channel} / ${segment ?? "all segments"}`;
  const lines: string[] = [];
  for (const s of report.sources) {
    const left = s.rowsRead - s.rowsUsed;
    lines.push(
      ru
        ? RU.source(s.file, n(s.rowsRead), n(s.rowsUsed), n(left), s.firstDay, s.lastDay)
        : `${s.file}: ${n(s.rowsRead)} rows, ${n(s.rowsUsed)} used, ${n(left)} left out; ${s.firstDay} to ${s.lastDay}`,
    );
    for (const [reason, b] of Object.entries(s.badRows).sort((a, c) => c[1].count - a[1].count)) {
      const rows = b.rows.map(String);
      lines.push(
        ru
          ? RU.badRows(n(b.count), badRowReason(locale, reason), rows, b.count > b.rows.length)
          : `  ${n(b.count)} ${reason} (row${b.rows.length > 1 ? "s" : ""} ${rows.join(", ")}${b.count > b.rows.length ? ", ..." : ""})`,
      );
    }
  }
  lines.push(
    "",
    ru
      ? RU.arrivals(level)
      : `Arrivals per day by weekday (${level} exact Poisson intervals; per half hour in the report):`,
  );
  for (const a of report.arrivals) {
    const days = a.perDay.map(
      (d) => `${ru ? weekdayName(d.weekday, locale) : d.weekday} ${s4(d.perDay)} ${span(d.interval, lang)}`,
    );
    lines.push(`  ${label(a.channel, a.segment)}: ${days.join(", ")}`);
  }
  lines.push(
    "",
    ru
      ? RU.serviceTimes(level)
      : `Service times, talk time of answered calls (maximum likelihood, smallest BIC chosen; ${level} intervals):`,
  );
  for (const e of report.serviceTimes) {
    const [best, next] = e.fit.fits;
    const bic = next === undefined ? "" : s4(next.bic - best!.bic);
    lines.push(
      `  ${label(e.channel, e.segment)}: ` +
        (ru
          ? RU.fit(
              n(e.fit.n),
              fitText(best!, lang),
              s4(best!.ks),
              s4(e.fit.ksCritical95),
              next === undefined ? "" : RU.next(familyName(next, locale), bic),
            )
          : `n ${n(e.fit.n)}, ${describeFit(best!)} s; KS ${round4(best!.ks)} (5% reference ${round4(e.fit.ksCritical95)})${next === undefined ? "" : `; next ${next.kind} BIC +${bic}`}`),
    );
  }
  lines.push("", ru ? RU.patience(level) : `Patience (exponential MLE, answered calls censored; ${level} intervals):`);
  for (const p of report.patience) {
    const x = p.exponential;
    const noMean = x.mean === null || x.interval === null;
    const median = p.kaplanMeier.median;
    lines.push(
      `  ${label(p.channel, p.segment)}: ` +
        (ru
          ? RU.patienceLine(
              n(x.abandoned),
              n(x.answered),
              noMean ? RU.noAbandoned : RU.mean(s4(x.mean!), span(x.interval!, lang)),
              median === null ? RU.notReached : `${s4(median)} с`,
            )
          : `${n(x.abandoned)} abandoned, ${n(x.answered)} answered; ${noMean ? "no abandoned call" : `mean ${round4(x.mean!)} s ${span(x.interval!, lang)}`}; Kaplan-Meier median ${median === null ? "not reached" : `${round4(median)} s`}`),
    );
  }
  if (report.deals.length > 0) lines.push("", ru ? RU.deals(level) : `Deals per segment (${level} intervals):`);
  for (const d of report.deals) {
    const fit = d.value === null ? null : d.value.fits[0]!;
    if (ru) {
      const chance =
        d.probability === null
          ? RU.chanceUnknown
          : RU.chance(s4(d.probability.value), span(d.probability.interval, lang));
      const value = fit === null ? RU.noValue : RU.value(fitText(fit, lang));
      lines.push(`  ${names.label(d.segment, lang, "segment")}: ${RU.dealsLine(d.deals, d.visits, chance, value)}`);
    } else {
      const chance =
        d.probability === null
          ? "chance unknown (sales only)"
          : `chance ${round4(d.probability.value)} ${span(d.probability.interval, lang)}`;
      const value = fit === null ? "too few deals to fit a value" : `value ${describeFit(fit)}`;
      lines.push(`  ${d.segment}: ${n(d.deals)} deals in ${n(d.visits)} visits; ${chance}; ${value}`);
    }
  }
  lines.push(
    "",
    ru
      ? RU.wrote(outputs, report.written.length)
      : `Wrote ${outputs.join(" and ")}: ${report.written.length} changes, each with a note.`,
  );
  if (report.notWritten.length > 0)
    lines.push(ru ? RU.notWritten : "Not written:", ...report.notWritten.map((w) => `  ${w}`));
  return `${lines.join("\n")}\n`;
}
