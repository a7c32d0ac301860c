import { OUTCOMES } from "../metrics/index.js";
import type { ModelSpec } from "../model/index.js";
import { RESULTS_FILE_LIMIT_BYTES } from "../results/index.js";
import { FINE_REASONS } from "../model/replication/repeatWalkIn.js";
import { SECONDS_PER_DAY, WEEKDAYS } from "../time/index.js";

/**
 * The most contacts one replication may start from its arrival streams, warm-up included: twice
 * the largest count-based run (`stop.arrivals` plus `stop.warmupArrivals`, 50 million each),
 * thousands of times the default company's 21,000 in eight weeks.
 */
export const MAX_ARRIVALS_PER_REPLICATION = 100_000_000;

// Bytes of the results file (JSON with one space of indentation): one value of a replication on
// its line (a number of full precision), a row's columns, unit and summary (about 300 bytes on the
// default company, 400 at most), a paired difference with its row's columns, and a traced event
// with its share of traced contacts.
const BYTES_PER_VALUE = 25;
const BYTES_PER_SUMMARY = 450;
const BYTES_PER_DIFFERENCE = 500;
const BYTES_PER_TRACED_EVENT = 100;
// Events of the kernel per contact (arrival, answer, service end, the states of who serves, …)
// and per member of staff and day (shifts, breaks, outbound attempts), measured on the default
// company (65,623 events for 21,000 contacts and 13 people over 56 days) with room to spare.
const EVENTS_PER_CONTACT = 8;
const EVENTS_PER_STAFF_DAY = 40;

/** What one replication of a scenario is expected to hold, computed from its data before any run. */
export interface RunEstimate {
  /** Contacts in one replication, warm-up included: arrival streams and returning clients (expected), outbound attempts (at most). */
  arrivals: number;
  /** Events of the kernel in one replication (a rough count). */
  events: number;
  /** Metric keys one replication reports. */
  metricKeys: number;
  /** Bytes the results file takes per replication (its replication values). */
  bytesPerReplication: number;
  /** Bytes of the file that do not grow with replications: the summaries and the scenario. */
  fixedBytes: number;
  /** Bytes of the trace (its events, at most the scenario's cap), 0 without a trace. */
  traceBytes: number;
}

/** The estimate of one replication of a scenario (its model spec and the size of its definition in bytes). */
export function estimateRun(spec: ModelSpec, definitionBytes: number): RunEstimate {
  const arrivals = expectedArrivals(spec);
  const staff = spec.pools.reduce((n, p) => n + p.staff.length, 0);
  const days = spec.days ?? Math.max(1, Math.ceil(arrivals / Math.max(1, ratePerDay(spec))));
  const events = arrivals * EVENTS_PER_CONTACT + staff * days * EVENTS_PER_STAFF_DAY;
  const metricKeys = countMetricKeys(spec);
  const traced = spec.trace === null ? 0 : Math.min(spec.trace.maxEvents, events);
  return {
    arrivals,
    events,
    metricKeys,
    bytesPerReplication: metricKeys * BYTES_PER_VALUE,
    fixedBytes: metricKeys * BYTES_PER_SUMMARY + 2 * definitionBytes,
    traceBytes: traced * BYTES_PER_TRACED_EVENT,
  };
}

/**
 * Why a run of these set-ups (the base first) and replications would not fit, or null: a
 * replication that starts more contacts than MAX_ARRIVALS_PER_REPLICATION, or a results file
 * larger than RESULTS_FILE_LIMIT_BYTES. The message gives the limit, the estimate and how to
 * reduce it.
 */
export function runSizeProblem(setUps: readonly RunEstimate[], replications: number): string | null {
  for (const [i, e] of setUps.entries()) {
    if (e.arrivals > MAX_ARRIVALS_PER_REPLICATION) {
      const which = setUps.length === 1 ? "" : ` of set-up ${i + 1}`;
      return (
        `a replication${which} would start about ${round(e.arrivals)} contacts ` +
        `(arrival rates x open hours x days x weekday and month factors, returning clients and outbound attempts; about ${round(e.events)} events), ` +
        `more than the limit of ${round(MAX_ARRIVALS_PER_REPLICATION)}: shorten the calendar (calendar.days) or lower the arrival rates`
      );
    }
  }
  const bytes = resultsBytes(setUps, replications);
  if (bytes <= RESULTS_FILE_LIMIT_BYTES) return null;
  const fixed = resultsBytes(setUps, 0);
  const perReplication = resultsBytes(setUps, 1) - fixed;
  const most = Math.floor((RESULTS_FILE_LIMIT_BYTES - fixed) / perReplication);
  const fewer =
    most >= 1
      ? `run at most ${most.toLocaleString("en-US")} replications (--replications ${most})`
      : "the summaries and the trace alone are too large";
  const trace = setUps[0]!.traceBytes;
  return (
    `the results file would take about ${size(bytes)} (${replications.toLocaleString("en-US")} replications x ` +
    `${size(perReplication)} for ${round(setUps.reduce((n, e) => n + e.metricKeys, 0))} metric keys, plus ` +
    `${size(fixed)} of summaries${trace > 0 ? ` and trace (${size(trace)})` : ""}), more than the limit of ` +
    `${size(RESULTS_FILE_LIMIT_BYTES)} that report, export and view read: ${fewer}` +
    `${trace > 0 ? ", or keep fewer trace events (--trace-events)" : ""}` +
    `${setUps.length > 1 ? ", or compare fewer set-ups" : ""}`
  );
}

/** The estimated bytes of a results file of these set-ups: a trace of the first, paired differences of the others. */
export function resultsBytes(setUps: readonly RunEstimate[], replications: number): number {
  let bytes = setUps[0]!.traceBytes;
  for (const [i, e] of setUps.entries()) {
    bytes += e.fixedBytes + replications * e.bytesPerReplication;
    if (i > 0) bytes += e.metricKeys * BYTES_PER_DIFFERENCE;
  }
  return bytes;
}

/**
 * Expected contacts over the run: of the arrival streams (each day's rate profile times its month
 * factor), of the registered clients coming back (the clientele at its start) and of outbound
 * pools dialling all through the open hours. Retries, visits after a call and new clients who
 * register and come back come on top.
 */
function expectedArrivals(spec: ModelSpec): number {
  if (spec.stop !== null) return spec.stop.arrivals + spec.stop.warmupArrivals;
  const days = spec.days ?? 0;
  // The profile of each weekday once, then the days of the run by weekday and month factor.
  const perWeekday = new Map(WEEKDAYS.map((w) => [w, 0]));
  for (const s of spec.streams)
    for (const w of WEEKDAYS) {
      let n = 0;
      for (const seg of s.weekly[w]) n += seg.ratePerSecond * (seg.endSeconds - seg.startSeconds);
      for (const seg of s.closedWeekly?.[w] ?? []) n += seg.ratePerSecond * (seg.endSeconds - seg.startSeconds);
      perWeekday.set(w, perWeekday.get(w)! + n);
    }
  let total = 0;
  for (let day = 0; day < days; day++) total += perWeekday.get(spec.calendar.weekdayOfDay(day))! * spec.dayFactor(day);
  // Outbound attempts: every member of an outbound pool dialling through the open hours.
  let openSeconds = 0;
  for (let day = 0; day < days; day++) {
    const hours = spec.alwaysOpen ? { openSeconds: 0, closeSeconds: SECONDS_PER_DAY } : spec.calendar.hoursOfDay(day);
    if (hours !== null) openSeconds += hours.closeSeconds - hours.openSeconds;
  }
  for (const p of spec.pools)
    if (p.outbound !== null && p.outbound.attempt.mean > 0)
      total += (p.staff.length * openSeconds) / p.outbound.attempt.mean;
  // Registered clients coming back: the clientele at its start, each once per return interval.
  for (const seg of spec.segments) {
    const c = seg.clientele;
    if (c !== null && c.returnInterval.mean > 0)
      total += (c.initialClients * days * SECONDS_PER_DAY) / c.returnInterval.mean;
  }
  return total;
}

/** Contacts per day of a count-based run's busiest weekday, to turn its arrivals into days. */
function ratePerDay(spec: ModelSpec): number {
  let most = 0;
  for (const w of WEEKDAYS) {
    let n = 0;
    for (const s of spec.streams)
      for (const seg of s.weekly[w]) n += seg.ratePerSecond * (seg.endSeconds - seg.startSeconds);
    most = Math.max(most, n);
  }
  return most > 0 ? most : 1;
}

/**
 * The rows one replication reports, counted from the model as replicationValues writes
 * them (engine/results/README.md): a tally per group (overall, inbound, each channel, segment,
 * pool, department, admin and cashier pool), each person, role, interval of the day, pool by
 * interval (staffing, and poolInterval when asked for), path of the client flow, plan and head.
 */
export function countMetricKeys(spec: ModelSpec): number {
  const thresholds = spec.thresholdsSeconds.length;
  const outcomes = OUTCOMES.length;
  const tally = 3 * outcomes + 30 + 2 * thresholds;
  const pools = spec.pools.length;
  const admins = spec.pools.filter((p) => p.duties !== null).length;
  const cashiers = new Set(spec.segments.flatMap((s) => (s.deal?.cashier ? [s.deal.cashier.pool] : []))).size;
  const tallies =
    2 + spec.channels.length + spec.segments.length + pools + spec.departments.length + 2 * admins + cashiers;
  const staff = spec.pools.reduce((n, p) => n + p.staff.length, 0);
  const roles = new Set(spec.pools.flatMap((p) => p.staff.map((s) => s.role))).size;
  const intervals = SECONDS_PER_DAY / spec.calendar.intervalSeconds;
  const fines = 2 * FINE_REASONS.length;
  return (
    tally * tallies +
    staff * (14 + fines) +
    roles * 6 +
    pools * 4 + // outbound and wages
    16 + // window, money
    fines +
    spec.plans.length * 3 +
    spec.heads.length +
    spec.channels.length * (spec.departments.length + 1) * outcomes +
    intervals * (12 + thresholds) +
    pools * intervals * 4 +
    (spec.poolIntervals ? pools * intervals * tally : 0)
  );
}

const round = (n: number) => Math.round(n).toLocaleString("en-US");
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KiB` : `${Math.round(bytes / (1024 * 1024))} MiB`;
