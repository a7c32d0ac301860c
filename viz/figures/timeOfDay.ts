import type { Locale } from "../i18n/index.js";
import { rowsWhere, type Breakdown, type Measure } from "../../engine/results/index.js";
import { summaryOf, unitOf, type Unit } from "../data/metricKinds.js";
import type { SetUp } from "../data/results.js";
import type { Table } from "./table.js";

/** A value per interval of the day with its 95% interval. */
export interface IntervalPoint {
  /** Start of the interval, seconds since midnight. */
  start: number;
  clock: string;
  mean: number;
  low: number;
  high: number;
}

export interface TimeOfDaySeries {
  measure: string;
  label: string;
  unit: Unit;
  points: IntervalPoint[];
}

export interface TimeOfDayFigures {
  intervalSeconds: number;
  /** The drawn part of the day, seconds since midnight: the first open interval's start to the last one's end. */
  span: [number, number];
  series: TimeOfDaySeries[];
}

/** Arrivals, clients waiting and service level per interval of the day of one set-up, from the first
 * to the last interval with arrivals or staff. */
export function timeOfDay(setUp: SetUp, locale: Locale): TimeOfDayFigures {
  const threshold = setUp.observation.thresholdsSeconds[0];
  const measures: { measure: Measure; breakdown: Breakdown | null; label: string; unit: Unit }[] = [
    {
      measure: "arrivalsPerDay",
      breakdown: null,
      label: locale.t("arrivalsPerDay"),
      unit: unitOf({ measure: "arrivalsPerDay" }),
    },
    {
      measure: "meanQueueLength",
      breakdown: null,
      label: locale.t("meanQueueLength"),
      unit: unitOf({ measure: "meanQueueLength" }),
    },
  ];
  if (threshold !== undefined)
    measures.push({
      measure: "slServed",
      breakdown: { kind: "threshold", value: threshold },
      label: locale.t("serviceLevel", { t: threshold }),
      unit: unitOf({ measure: "slServed" }),
    });
  const clocks = [...new Set(rowsWhere(setUp.metrics, { scope: "interval" }).map((row) => row.clock ?? ""))].sort();
  const at = (clock: string, measure: Measure, breakdown: Breakdown | null = null) =>
    summaryOf(setUp, { scope: "interval", clock, measure, breakdown });
  const open = clocks.filter((c) => (at(c, "arrivalsPerDay")?.mean ?? 0) > 0 || (at(c, "meanStaffed")?.mean ?? 0) > 0);
  const first = open.length > 0 ? clocks.indexOf(open[0]!) : 0;
  const last = open.length > 0 ? clocks.indexOf(open[open.length - 1]!) : clocks.length - 1;
  const shown = clocks.slice(first, last + 1);
  const intervalSeconds = setUp.observation.intervalMinutes * 60;
  return {
    intervalSeconds,
    span: shown.length === 0 ? [0, 86_400] : [startOf(shown[0]!), startOf(shown[shown.length - 1]!) + intervalSeconds],
    series: measures.map(({ measure, breakdown, label, unit }) => ({
      measure,
      label,
      unit,
      points: shown.flatMap((clock) => {
        const s = at(clock, measure, breakdown);
        if (s === null) return [];
        return [{ start: startOf(clock), clock, mean: s.mean, low: s.ci95[0], high: s.ci95[1] }];
      }),
    })),
  };
}

/** Seconds since midnight of an "HH:MM" clock. */
function startOf(clock: string): number {
  const [h, min] = clock.split(":").map(Number);
  return (h ?? 0) * 3600 + (min ?? 0) * 60;
}

export function timeOfDayTable(f: TimeOfDayFigures, setUp: string, locale: Locale): Table {
  const t = locale.t;
  return {
    name: "time-of-day",
    title: `${t("view_timeOfDay")} — ${setUp}`,
    columns: [t("setUp"), t("interval"), t("metric"), t("mean"), t("ciLow"), t("ciHigh")],
    rows: f.series.flatMap((s) => s.points.map((p) => [setUp, p.clock, s.label, p.mean, p.low, p.high])),
  };
}
