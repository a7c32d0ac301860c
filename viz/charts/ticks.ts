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
