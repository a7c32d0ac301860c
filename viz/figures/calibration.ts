import type {
  ArrivalEstimate,
  CalibrationReport,
  DistributionFit,
  FamilyFit,
  PatienceEstimate,
} from "../../engine/results/index.js";
import type { Locale, StringKey } from "../i18n/index.js";
import type { TimeOfDaySeries } from "./timeOfDay.js";

/** A point of a fit chart: x in seconds or money, y a share 0..1, with its interval where known. */
export interface FitPoint {
  x: number;
  y: number;
  low?: number;
  high?: number;
}

/** A sample's curve against its fitted curve, ready to draw. */
export interface FitCurves {
  sample: FitPoint[];
  fitted: FitPoint[];
}

/** Half an hour, the step of a calibration's arrival profiles, in seconds. */
export const HALF_HOUR_SECONDS = 1800;

/** "call / retail", or "call / all segments" for records without a segment. */
export function streamName(channel: string, segment: string | null, locale: Locale): string {
  return `${locale.names.label(channel, locale.lang, "channel")} / ${segment === null ? locale.t("cal_allSegments") : locale.names.label(segment, locale.lang, "segment")}`;
}

/** A weekday's short name ("Mon", "пн"). */
export const weekdayName = (weekday: string, locale: Locale): string => locale.t(`wd_${weekday}` as StringKey);

/** A fitted family's name in the page's language. */
export const familyName = (fit: Pick<FamilyFit, "kind">, locale: Locale): string =>
  locale.t(`fam_${fit.kind}` as StringKey);

/** The arrivals per hour of one channel and segment: a series per weekday observed with arrivals. */
export function arrivalSeries(
  a: ArrivalEstimate,
  locale: Locale,
): { span: [number, number]; byWeekday: TimeOfDaySeries[] } {
  const weekdays = [...new Set(a.perInterval.map((p) => p.weekday))];
  const byWeekday = weekdays.map((weekday) => ({
    measure: "arrivalsPerHour",
    label: weekdayName(weekday, locale),
    unit: "count" as const,
    points: a.perInterval
      .filter((p) => p.weekday === weekday)
      .map((p) => ({
        start: secondsOf(p.from),
        clock: p.from,
        mean: p.ratePerHour,
        low: p.interval[0],
        high: p.interval[1],
      })),
  }));
  const starts = a.perInterval.map((p) => secondsOf(p.from));
  const span: [number, number] =
    starts.length === 0 ? [0, 86_400] : [Math.min(...starts), Math.max(...starts) + HALF_HOUR_SECONDS];
  return { span, byWeekday };
}

/** The sample's CDF as a step from 0 and the chosen family's CDF, at the report's quantile points. */
export function fitCurves(fit: DistributionFit): FitCurves {
  return {
    sample: [{ x: 0, y: 0 }, ...fit.cdf.map((p) => ({ x: p.value, y: p.share }))],
    fitted: [{ x: 0, y: 0 }, ...fit.cdf.map((p) => ({ x: p.value, y: p.fitted }))],
  };
}

/** Points of the exponential survival curve drawn against the Kaplan-Meier one. */
const SURVIVAL_POINTS = 60;

/**
 * Callers still waiting after t had nobody answered: the Kaplan-Meier steps with their interval,
 * from 1 at t = 0, against exp(-t / mean) of the exponential written into the variant (none
 * when no caller hung up).
 */
export function survivalCurves(p: PatienceEstimate): FitCurves {
  const km = p.kaplanMeier.points;
  const sample: FitPoint[] = [
    { x: 0, y: 1, low: 1, high: 1 },
    ...km.map((q) => ({ x: q.time, y: q.survival, low: q.interval[0], high: q.interval[1] })),
  ];
  const mean = p.exponential.mean;
  const longest = Math.max(km.at(-1)?.time ?? 0, 1);
  const fitted: FitPoint[] =
    mean === null
      ? []
      : Array.from({ length: SURVIVAL_POINTS + 1 }, (_, i) => {
          const x = (longest * i) / SURVIVAL_POINTS;
          return { x, y: Math.exp(-x / mean) };
        });
  return { sample, fitted };
}

/**
 * The fits of a report with what each measured: the service times, then the deal amounts; null
 * where there were too few values to fit.
 */
export function reportFits(
  r: CalibrationReport,
  locale: Locale,
): { stream: string; what: "talk" | "amount"; fit: DistributionFit | null }[] {
  // The service times of every stream of calls in the report's order, those too short to fit with none.
  const service: { channel: string; segment: string | null; fit: DistributionFit | null }[] = [
    ...r.serviceTimes,
    ...r.unfittedServiceTimes.map((u) => ({ ...u, fit: null })),
  ].sort((a, b) => `${a.channel}|${a.segment ?? ""}`.localeCompare(`${b.channel}|${b.segment ?? ""}`));
  return [
    ...service.map((s) => ({
      stream: streamName(s.channel, s.segment, locale),
      what: "talk" as const,
      fit: s.fit,
    })),
    ...r.deals.map((d) => ({
      stream: locale.names.label(d.segment, locale.lang, "segment"),
      what: "amount" as const,
      fit: d.value,
    })),
  ];
}

/** Seconds since midnight of an "HH:MM" clock. */
function secondsOf(clock: string): number {
  return Number(clock.slice(0, 2)) * 3600 + Number(clock.slice(3, 5)) * 60;
}
