import { describeFit, round4, type CalibrationReport } from "../../calibration/index.js";
import { NO_LABELS, type LabelLanguage, type NameLabels } from "../../results/index.js";
import { badRowReason, familyName, fitParameters, streamName, weekdayName } from "../../../viz/figures/index.js";
import { makeLocale } from "../../../viz/i18n/index.js";
import { CALIBRATION_WORDS } from "./calibrationSummaryWords.js";

type FamilyFit = CalibrationReport["serviceTimes"][number]["fit"]["fits"][number];

function count(n: number, lang: LabelLanguage): string {
  return n.toLocaleString(lang === "ru" ? "ru-RU" : "en-US");
}

/** 4 significant digits, in Russian with a decimal comma and digits grouped ("3 022"). */
function number(x: number, lang: LabelLanguage): string {
  const v = round4(x);
  return lang === "ru" ? v.toLocaleString("ru-RU", { maximumFractionDigits: 20 }) : String(v);
}

/** An interval: "[1.2, 3.4]", in Russian "[1,2; 3,4]" (the comma is the decimal sign there). */
function span(i: [number, number], lang: LabelLanguage): string {
  return lang === "ru" ? `[${number(i[0], lang)}; ${number(i[1], lang)}]` : `[${round4(i[0])}, ${round4(i[1])}]`;
}

/** "lognormal mean 181.2 [175, 188], cv 0.79 [0.76, 0.82]" in `lang` (the viewer's parameter words). */
function fitText(fit: FamilyFit, lang: LabelLanguage): string {
  if (lang === "en") return describeFit(fit);
  return `${familyName(fit, makeLocale("ru"))}: ${fitParameters(fit, (v) => number(v, lang), lang)}`;
}

/** A stream's key as the calibration orders its streams ("call|retail"). */
function streamKey(e: { channel: string; segment: string | null }): string {
  return `${e.channel}|${e.segment ?? ""}`;
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
  const w = CALIBRATION_WORDS[lang];
  const locale = makeLocale(lang, names);
  const n = (x: number) => count(x, lang);
  const s4 = (x: number) => number(x, lang);
  const level = `${s4(report.confidence * 100)}%`;
  const label = (channel: string, segment: string | null) =>
    ru ? streamName(channel, segment, locale) : CALIBRATION_WORDS.en.stream(channel, segment);
  const lines: string[] = [];
  for (const s of report.sources) {
    lines.push(w.source(s.file, n(s.rowsRead), n(s.rowsUsed), n(s.rowsRead - s.rowsUsed), s.firstDay, s.lastDay));
    for (const [reason, b] of Object.entries(s.badRows).sort((a, c) => c[1].count - a[1].count)) {
      const why = ru ? badRowReason(locale, reason) : reason;
      lines.push(w.badRows(n(b.count), why, b.rows.map(String), b.count > b.rows.length));
    }
  }
  lines.push("", w.arrivals(level));
  for (const a of report.arrivals) {
    const days = a.perDay.map(
      (d) => `${ru ? weekdayName(d.weekday, locale) : d.weekday} ${s4(d.perDay)} ${span(d.interval, lang)}`,
    );
    lines.push(`  ${label(a.channel, a.segment)}: ${days.join(", ")}`);
  }
  lines.push("", w.serviceTimes(level));
  // Every stream of calls, in the report's order of streams: its fit, or why there is none.
  const serviceLines: [string, string][] = report.serviceTimes.map((e) => {
    const [best, next] = e.fit.fits;
    const bic = next === undefined ? "" : s4(next.bic - best!.bic);
    const nextText = next === undefined ? "" : w.next(ru ? familyName(next, locale) : next.kind, bic);
    return [
      streamKey(e),
      `  ${label(e.channel, e.segment)}: ${w.fit(n(e.fit.n), fitText(best!, lang), s4(best!.ks), s4(e.fit.ksCritical95), nextText)}`,
    ];
  });
  for (const e of report.unfittedServiceTimes)
    serviceLines.push([streamKey(e), `  ${label(e.channel, e.segment)}: ${w.tooFew(n(e.count), e.needed)}`]);
  serviceLines.sort((a, b) => a[0].localeCompare(b[0]));
  lines.push(...serviceLines.map(([, line]) => line));
  lines.push("", w.patience(level));
  for (const p of report.patience) {
    const x = p.exponential;
    const noMean = x.mean === null || x.interval === null;
    const median = p.kaplanMeier.median;
    const meanText = noMean ? w.noAbandoned : w.mean(s4(x.mean!), span(x.interval!, lang));
    const medianText = median === null ? w.notReached : w.median(s4(median));
    lines.push(
      `  ${label(p.channel, p.segment)}: ${w.patienceLine(n(x.abandoned), n(x.answered), meanText, medianText)}`,
    );
  }
  if (report.deals.length > 0) lines.push("", w.deals(level));
  for (const d of report.deals) {
    const fit = d.value === null ? null : d.value.fits[0]!;
    const chance =
      d.probability === null ? w.chanceUnknown : w.chance(s4(d.probability.value), span(d.probability.interval, lang));
    const value = fit === null ? w.noValue : w.value(fitText(fit, lang));
    const segment = ru ? names.label(d.segment, lang, "segment") : d.segment;
    lines.push(`  ${segment}: ${w.dealsLine(d.deals, d.visits, chance, value, n)}`);
  }
  lines.push("", w.wrote(outputs, report.written.length));
  if (report.notWritten.length > 0)
    lines.push(w.notWritten, ...report.notWritten.map((x) => `  ${w.notWrittenLine(x)}`));
  return `${lines.join("\n")}\n`;
}
