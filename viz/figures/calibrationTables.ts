import type { CalibrationReport, FamilyFit, LabelLanguage } from "../../engine/results/index.js";
import { notWrittenReason, translateOr, type Locale } from "../i18n/index.js";
import { familyName, reportFits, streamName, weekdayName } from "./calibration.js";
import type { Table } from "./table.js";

/** The parameters of the fitted families in Russian (English names them by their codes). */
const PARAMETERS_RU: Record<string, string> = { mean: "среднее", cv: "cv", min: "мин", mode: "мода", max: "макс" };

/**
 * A fit's parameters with their intervals in `lang`, numbers written by `number`: "mean 179.6
 * [172.7, 186.9], cv 0.802 [0.768, 0.840]"; in Russian «среднее 179,6 [172,7; 186,9], …» (the
 * interval's bounds apart by "; ", the comma being the decimal sign there).
 */
export function fitParameters(fit: FamilyFit, number: (v: number) => string, lang: LabelLanguage = "en"): string {
  const apart = lang === "ru" ? "; " : ", ";
  return Object.entries(fit.parameters)
    .map(([name, value]) => {
      const i = fit.intervals[name];
      const shown = lang === "ru" ? (PARAMETERS_RU[name] ?? name) : name;
      return `${shown} ${number(value)}${i ? ` [${number(i[0])}${apart}${number(i[1])}]` : ""}`;
    })
    .join(", ");
}

/**
 * Why rows were left out, in the page's language: the report names each reason in English
 * ("negative wait", 'channel not in the scenario ("fax")'); an unknown one shows as it is.
 */
export function badRowReason(locale: Locale, reason: string): string {
  const missing = /^(channel|segment) not in the scenario \((.*)\)$/.exec(reason);
  if (missing !== null)
    return locale.t(missing[1] === "channel" ? "badRow_channelNotInScenario" : "badRow_segmentNotInScenario", {
      detail: missing[2]!,
    });
  return translateOr(locale.lang, `badRow_${reason.replace(/[^a-z]+/g, "_").replace(/^_|_$/g, "")}`, reason);
}

/** Four significant digits, for parameters of any size. */
export const significant = (v: number): number => (v === 0 ? 0 : Number(v.toPrecision(4)));

/** Every table of a calibration report: sources, rows left out, rates, fits, patience, deals, the variant. */
export function calibrationTables(r: CalibrationReport, locale: Locale): Table[] {
  const t = locale.t;
  const stream = (s: { channel: string; segment: string | null }) => streamName(s.channel, s.segment, locale);
  // Four significant digits, written with the language's decimal sign ("0,802" in Russian).
  const digits = new Intl.NumberFormat(locale.lang === "ru" ? "ru-RU" : "en-GB", {
    useGrouping: false,
    maximumSignificantDigits: 4,
  });
  const parameter = (v: number) => digits.format(significant(v));
  return [
    {
      name: "calibration-sources",
      title: t("cal_sources"),
      columns: [
        t("cal_file"),
        t("cal_kind"),
        t("cal_rowsRead"),
        t("cal_rowsUsed"),
        t("cal_rowsLeftOut"),
        t("cal_period"),
      ],
      rows: r.sources.map((s) => [
        s.file,
        t(`cal_kind_${s.kind}`),
        s.rowsRead,
        s.rowsUsed,
        s.rowsRead - s.rowsUsed,
        `${s.firstDay} – ${s.lastDay}`,
      ]),
    },
    {
      name: "calibration-rows-left-out",
      title: t("cal_rowsLeftOut"),
      columns: [t("cal_file"), t("cal_reason"), t("cal_count"), t("cal_firstRows")],
      rows: r.sources.flatMap((s) =>
        Object.entries(s.badRows).map(([reason, b]) => [
          s.file,
          badRowReason(locale, reason),
          b.count,
          b.rows.join(", "),
        ]),
      ),
    },
    {
      name: "calibration-arrivals",
      title: t("cal_arrivals"),
      columns: [
        t("cal_stream"),
        t("weekday"),
        t("cal_from"),
        t("cal_count"),
        t("cal_rate"),
        t("cal_low"),
        t("cal_high"),
      ],
      rows: r.arrivals.flatMap((a) =>
        a.perInterval.map((p) => [
          stream(a),
          weekdayName(p.weekday, locale),
          p.from,
          p.count,
          p.ratePerHour,
          p.interval[0],
          p.interval[1],
        ]),
      ),
    },
    {
      name: "calibration-fits",
      title: `${t("cal_serviceTimes")}, ${t("cal_amount")}`,
      columns: [t("cal_stream"), t("cal_family"), t("cal_parameters"), "AIC", "BIC", "KS", t("cal_chosen")],
      rows: reportFits(r, locale).flatMap(({ stream: name, fit }) =>
        (fit?.fits ?? []).map((f) => [
          name,
          familyName(f, locale),
          fitParameters(f, parameter, locale.lang),
          f.aic,
          f.bic,
          f.ks,
          f.kind === fit!.chosen ? "✓" : "",
        ]),
      ),
    },
    {
      name: "calibration-patience",
      title: t("cal_patience"),
      columns: [
        t("cal_stream"),
        t("cal_abandoned"),
        t("cal_answered"),
        t("cal_meanSeconds"),
        t("cal_low"),
        t("cal_high"),
        t("cal_medianSeconds"),
        "KS",
      ],
      rows: r.patience.map((p) => [
        stream(p),
        p.exponential.abandoned,
        p.exponential.answered,
        p.exponential.mean,
        p.exponential.interval?.[0] ?? null,
        p.exponential.interval?.[1] ?? null,
        p.kaplanMeier.median,
        p.ksDistance,
      ]),
    },
    {
      name: "calibration-deals",
      title: t("cal_deals"),
      columns: [t("cal_segment"), t("cal_visits"), t("cal_dealCount"), t("cal_chance"), t("cal_low"), t("cal_high")],
      rows: r.deals.map((d) => [
        d.segment,
        d.visits,
        d.deals,
        d.probability?.value ?? null,
        d.probability?.interval[0] ?? null,
        d.probability?.interval[1] ?? null,
      ]),
    },
    {
      name: "calibration-variant",
      title: t("cal_written"),
      columns: [t("cal_path"), t("cal_note")],
      rows: [
        ...r.written.map((w) => [w.path, w.note]),
        ...r.notWritten.map((n) => ["", notWrittenReason(n, locale.lang)]),
      ],
    },
  ];
}
