import { textWidth } from "./textWidth.js";
import { formatValue, type Unit } from "../data/metricKinds.js";
import type { Format } from "../i18n/index.js";

/** Tick labels of an axis in a metric's unit (shares as %, seconds as durations, money). */
export function tickFormat(format: Format, unit: Unit): (v: number | { valueOf(): number }) => string {
  return (v) => {
    const n = Number(v);
    if (unit === "money") return compactMoney(format, n);
    return formatValue(format, unit, n);
  };
}

function compactMoney(format: Format, v: number): string {
  const abs = Math.abs(v);
  const ru = format.lang === "ru";
  if (abs >= 1e6) return `${format.number(v / 1e6, 2)} ${ru ? "млн" : "M"}`;
  if (abs >= 1e3) return `${format.number(v / 1e3, 1)} ${ru ? "тыс." : "k"}`;
  return format.number(v, 0);
}

/** Steps of a linear time axis, in seconds: round durations only. */
const DURATION_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400];

/** Tick values from 0 to `maxSeconds` at a round step, at most about `count` of them. */
export function durationTicks(maxSeconds: number, count = 7): number[] {
  const step = DURATION_STEPS.find((s) => maxSeconds / s <= count) ?? Math.ceil(maxSeconds / count);
  const ticks: number[] = [];
  for (let t = 0; t <= maxSeconds + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/**
 * The tick values of a linear axis whose labels fit side by side: d3's "nice" ticks for about
 * `count`, fewer while the widest label (estimated, with a gap) would not fit between two ticks.
 */
export function ticksThatFit(
  scale: { ticks(count: number): number[]; (v: number): number },
  label: (v: number) => string,
  count = 4,
  fontSize = 10,
): number[] {
  for (let n = count; n >= 1; n--) {
    const values = scale.ticks(n);
    if (values.length < 2) return values;
    const widest = Math.max(...values.map((v) => textWidth(label(v), fontSize)));
    const spacing = Math.abs(scale(values[1]!) - scale(values[0]!));
    if (widest + 6 <= spacing) return values;
  }
  return scale.ticks(1).slice(0, 1);
}

/** Tick labels of a difference axis: shares in percentage points, the rest as `tickFormat`. */
export function differenceTickFormat(format: Format, unit: Unit): (v: number | { valueOf(): number }) => string {
  const plain = tickFormat(format, unit);
  return (v) => (unit === "share" ? format.points(Number(v)) : plain(v));
}
