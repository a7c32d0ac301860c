import type { Scenario } from "../scenario/index.js";
import { WEEKDAYS, type Weekday } from "../time/index.js";
import { HALF_HOUR, type ArrivalEstimate } from "./arrivalRates.js";
import type { CalibrationEstimates } from "./calibrate.js";
import type { CalibrationReport, WrittenChange } from "../results/index.js";
import { describeFit, distributionJson, round4 } from "./distributionJson.js";
import type { DistributionFit } from "./fitDistribution.js";
import { clockToSeconds, secondsToClock } from "../time/index.js";

/** A variant file: the base it extends, its changes and a note per number. */
export interface VariantJson {
  extends: string;
  name: string;
  description: string;
  notes: Record<string, string>;
  changes: { set: string; value: unknown }[];
}

const pct = (c: number) => `${round4(c * 100)}%`;
const span = (i: [number, number]) => `[${round4(i[0])}, ${round4(i[1])}]`;
const rowsOf = (n: number, what: string) => `${n.toLocaleString("en-US")} ${what}`;

/**
 * Writes the estimates into a variant of the scenario: per arrival stream its rates per
 * weekday and half hour, service time and patience; per segment its deal chance and value.
 * Each change gets a note (file, rows used, method, interval). Estimates that have no place in
 * the scenario (no stream of that channel and segment, a sales-only file) are listed instead.
 */
export function calibrationVariant(
  estimates: CalibrationEstimates,
  scenario: Scenario,
  extendsPath: string,
): { variant: VariantJson; report: CalibrationReport } {
  const changes: VariantJson["changes"] = [];
  const notes: Record<string, string> = {};
  const written: WrittenChange[] = [];
  const notWritten: string[] = [];
  const level = pct(estimates.confidence);
  const set = (path: string, value: unknown, note: string) => {
    changes.push({ set: path, value });
    notes[path] = note;
    written.push({ path, note });
  };
  const streamPath = (i: number) => `arrivals[${scenario.arrivals[i]!.name ?? i}]`;
  /** Indices of streams a (channel, segment) estimate applies to; segment null: those of the channel without an estimate of their own. */
  const targets = (channel: string, segment: string | null, own: (s: string) => boolean): number[] =>
    scenario.arrivals.flatMap((a, i) =>
      a.channel === channel && (segment === null ? !own(a.segment) : a.segment === segment) ? [i] : [],
    );

  for (const a of estimates.arrivals) {
    const label = `${a.channel}${a.segment === null ? "" : ` / ${a.segment}`}`;
    const found = scenario.arrivals.flatMap((s, i) =>
      s.channel === a.channel && (a.segment === null || s.segment === a.segment) ? [i] : [],
    );
    const withRate = a.segment === null ? found.filter((i) => hasArrivals(scenario, i)) : found;
    if (withRate.length !== 1) {
      notWritten.push(
        `arrival rates of ${label}: ${withRate.length === 0 ? "the scenario has no arrival stream of it" : `the scenario has ${withRate.length} streams it could belong to`}`,
      );
      continue;
    }
    const i = withRate[0]!;
    const byWeekday = weekdayProfiles(a);
    const observed = Object.keys(byWeekday) as Weekday[];
    const factors = Object.fromEntries(
      Object.entries(scenario.arrivals[i]!.weekdayFactors).filter(([w]) => !observed.includes(w as Weekday)),
    );
    const cells = a.perInterval.length;
    const days = a.perDay.map((d) => `${d.weekday} ${round4(d.perDay)} ${span(d.interval)}`).join(", ");
    set(
      `${streamPath(i)}.ratePerHourByWeekday`,
      byWeekday,
      `calibrated from ${a.source}: ${rowsOf(a.count, "arrivals")} of ${label}; counts per weekday and half hour over the days observed (${cells} half hours), ${a.method} at ${level} (in the calibration report); per day ${days}`,
    );
    set(
      `${streamPath(i)}.weekdayFactors`,
      factors,
      `calibrated from ${a.source}: the observed weekdays (${observed.join(", ")}) have rates of their own, so their factors are dropped`,
    );
  }

  const ownService = (channel: string) => (s: string) =>
    estimates.serviceTimes.some((e) => e.channel === channel && e.segment === s);
  for (const e of estimates.serviceTimes) {
    const label = `${e.channel}${e.segment === null ? " (all segments)" : ` / ${e.segment}`}`;
    const value = writableFit(e.fit);
    const streams = targets(e.channel, e.segment, ownService(e.channel));
    if (value === null || streams.length === 0) {
      notWritten.push(
        `service time of ${label}: ${value === null ? "no fitted family the scenario can state" : "no arrival stream of it in the scenario"}`,
      );
      continue;
    }
    for (const i of streams) {
      set(
        `${streamPath(i)}.serviceTime`,
        value.json,
        `calibrated from ${e.source}: ${rowsOf(e.fit.n, e.measured)} of ${label}; ${fitNote(e.fit, value.index, level)}`,
      );
    }
  }

  for (const e of estimates.unfittedServiceTimes) {
    const label = `${e.channel}${e.segment === null ? " (all segments)" : ` / ${e.segment}`}`;
    notWritten.push(
      `service time of ${label}: ${e.count === 1 ? "1 answered call" : `${rowsOf(e.count, "answered calls")}`}, fewer than the ${e.needed} needed to fit a distribution`,
    );
  }

  const ownPatience = (channel: string) => (s: string) =>
    estimates.patience.some((e) => e.channel === channel && e.segment === s && e.exponential.mean !== null);
  for (const e of estimates.patience) {
    const label = `${e.channel}${e.segment === null ? " (all segments)" : ` / ${e.segment}`}`;
    const x = e.exponential;
    const streams = targets(e.channel, e.segment, ownPatience(e.channel));
    if (x.mean === null || x.interval === null || streams.length === 0) {
      notWritten.push(
        `patience of ${label}: ${x.mean === null ? "no abandoned call, so patience is longer than any wait seen" : "no arrival stream of it in the scenario"}`,
      );
      continue;
    }
    const km = e.kaplanMeier.median === null ? "not reached" : `${round4(e.kaplanMeier.median)} s`;
    for (const i of streams) {
      set(
        `${streamPath(i)}.patience`,
        { kind: "exponential", mean: round4(x.mean) },
        `calibrated from ${e.source}: ${x.abandoned} abandoned and ${x.answered} answered calls of ${label} (answered ones censored); ${x.method}; mean ${round4(x.mean)} s ${span(x.interval)} at ${level}; Kaplan-Meier median ${km}, largest gap to the exponential ${e.ksDistance === null ? "-" : round4(e.ksDistance)}`,
      );
    }
  }

  for (const d of estimates.deals) {
    const at = `segments[${d.segment}].deal`;
    const base = scenario.segments.find((s) => s.name === d.segment)?.deal;
    const value = d.value === null ? null : writableFit(d.value);
    if (d.probability === null && base === undefined) {
      notWritten.push(
        `deals of ${d.segment}: every row of ${d.source} is a sale, so the deal chance cannot be told, and the scenario has none`,
      );
      continue;
    }
    if (d.probability === null)
      notWritten.push(`deal chance of ${d.segment}: every row of ${d.source} is a sale (no visit without one)`);
    if (value === null)
      notWritten.push(
        `deal value of ${d.segment}: ${d.deals < 5 ? "fewer than 5 deals" : "no fitted family the scenario can state"}`,
      );
    const pNote = (p: NonNullable<typeof d.probability>) =>
      `calibrated from ${d.source}: ${d.deals} deals in ${rowsOf(d.visits, "visits")} of ${d.segment}; ${p.method}; ${round4(p.value)} ${span(p.interval)} at ${level}${base !== undefined && Object.keys(base.byPool).length > 0 ? "; the chances by pool (byPool) are kept from the base" : ""}`;
    const vNote = (fit: DistributionFit, index: number) =>
      `calibrated from ${d.source}: ${rowsOf(d.deals, "deal amounts")} of ${d.segment}; ${fitNote(fit, index, level)}`;
    if (base === undefined) {
      set(
        at,
        { probability: round4(d.probability!.value), value: value!.json },
        `${pNote(d.probability!)}. Value: ${vNote(d.value!, value!.index)}`,
      );
      continue;
    }
    if (d.probability !== null) set(`${at}.probability`, round4(d.probability.value), pNote(d.probability));
    if (value !== null) set(`${at}.value`, value.json, vNote(d.value!, value.index));
  }

  const files = estimates.sources.map((s) => `${s.file} (${s.firstDay} to ${s.lastDay})`).join(" and ");
  const variant: VariantJson = {
    extends: extendsPath,
    name: `${scenario.name} (calibrated)`,
    description: `The scenario with the rates, durations, patience and deals measured in ${files}; the notes say where each number came from.`,
    notes,
    changes,
  };
  return { variant, report: { ...estimates, written, notWritten } };
}

/** The best fit (smallest BIC) the scenario can state, with its rank. */
function writableFit(fit: DistributionFit): { json: Record<string, unknown>; index: number } | null {
  for (let index = 0; index < fit.fits.length; index++) {
    const json = distributionJson(fit.fits[index]!);
    if (json !== null) return { json, index };
  }
  return null;
}

function fitNote(fit: DistributionFit, index: number, level: string): string {
  const f = fit.fits[index]!;
  const rank = index === 0 ? "the smallest BIC" : `the smallest BIC the scenario can state (rank ${index + 1})`;
  const others = fit.fits
    .filter((_, i) => i !== index)
    .map((o) => `${o.kind} ${round4(o.bic - f.bic) >= 0 ? "+" : ""}${round4(o.bic - f.bic)}`)
    .join(", ");
  return `maximum likelihood over ${fit.fits.map((o) => o.kind).join(", ")}; ${f.kind} has ${rank} (others' BIC difference: ${others}); KS distance ${round4(f.ks)} (5% reference ${round4(fit.ksCritical95)}); ${describeFit(f)} at ${level}`;
}

/** Whether a stream has arrivals of its own (a rate above 0 somewhere). */
function hasArrivals(scenario: Scenario, i: number): boolean {
  const a = scenario.arrivals[i]!;
  const positive = (r: number | Record<string, number>) =>
    typeof r === "number" ? r > 0 : Object.values(r).some((v) => v > 0);
  return positive(a.ratePerHour) || Object.values(a.ratePerHourByWeekday).some((r) => r !== undefined && positive(r));
}

/** The half-hour steps of each observed weekday: the estimated rates, then 0 after the last. */
function weekdayProfiles(a: ArrivalEstimate): Partial<Record<Weekday, number | Record<string, number>>> {
  const out: Partial<Record<Weekday, number | Record<string, number>>> = {};
  for (const weekday of WEEKDAYS) {
    if (!a.perDay.some((d) => d.weekday === weekday)) continue;
    const cells = a.perInterval.filter((c) => c.weekday === weekday);
    if (cells.length === 0) {
      out[weekday] = 0;
      continue;
    }
    const steps: Record<string, number> = {};
    for (const c of cells) steps[c.from] = round4(c.ratePerHour);
    const end = clockToSeconds(cells[cells.length - 1]!.from) + HALF_HOUR;
    if (end < 86_400) steps[secondsToClock(end)] = 0;
    out[weekday] = steps;
  }
  return out;
}
