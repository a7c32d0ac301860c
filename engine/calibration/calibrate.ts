import type { Scenario } from "../scenario/index.js";
import { ENGINE_VERSION } from "../version.js";
import { arrivalRates, observedDays, type ObservedDays } from "./arrivalRates.js";
import { badTotal } from "./badRows.js";
import { readCalls, type CallRecord } from "./callRecords.js";
import {
  CALIBRATION_FORMAT,
  CALIBRATION_VERSION,
  type CalibrationReport,
  type DealEstimate,
  type PatienceEstimate,
  type SourceSummary,
} from "../results/index.js";
import type { ColumnMap } from "./columnMap.js";
import { CalibrationInputError, type CsvTable } from "./csvTable.js";
import { BINOMIAL_METHOD, binomialInterval } from "./binomialInterval.js";
import { exponentialPatience } from "./exponentialPatience.js";
import { fitDistribution, MIN_FIT_SAMPLE } from "./fitDistribution.js";
import { kaplanMeier, survivalMedian } from "./kaplanMeier.js";
import { isoDate } from "./timestamp.js";
import { readVisits } from "./visitRecords.js";

export interface CalibrationInput {
  scenario: Scenario;
  /** The scenario's file as the variant will name it. */
  scenarioFile: string;
  calls: CsvTable | null;
  visits: CsvTable | null;
  map: ColumnMap;
  /** Confidence of every interval, e.g. 0.95. */
  confidence: number;
  /** The channel of calls without a channel (default: the first public-number phone channel). */
  callChannel?: string;
  /** The channel of the visits (default: the scenario's first visit channel). */
  visitChannel?: string;
}

/** The estimates of a calibration, before the variant is written. */
export type CalibrationEstimates = Omit<CalibrationReport, "written" | "notWritten">;

/**
 * Estimates a company's arrival rates, service times, patience and deals from its call and
 * visit records (see the README section "Calibrating from your own data").
 */
export function calibrate(input: CalibrationInput): CalibrationEstimates {
  const { scenario, confidence } = input;
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`calibrate requires 0 < confidence < 1, got ${confidence}`);
  const channels = scenario.channels.map((c) => c.name);
  const segments = scenario.segments.map((s) => s.name);
  const sources: SourceSummary[] = [];
  const report: CalibrationEstimates = {
    format: CALIBRATION_FORMAT,
    version: CALIBRATION_VERSION,
    engine: { name: "clientflow", version: ENGINE_VERSION },
    scenario: { name: scenario.name, file: input.scenarioFile },
    confidence,
    sources,
    arrivals: [],
    serviceTimes: [],
    unfittedServiceTimes: [],
    patience: [],
    deals: [],
  };
  if (input.calls !== null) {
    const defaultChannel = input.callChannel ?? pickChannel(scenario, "phone", input.calls.file);
    const calls = readCalls(input.calls, input.map, { channels, segments, defaultChannel });
    const days = observedDays(calls.records.map((r) => r.at.day));
    sources.push(summary("calls", calls.file, calls.rowsRead, calls.records.length, calls.bad, days));
    report.arrivals.push(...arrivalRates(calls.records, days, calls.file, confidence));
    for (const group of groupBy(calls.records, (r) => `${r.channel}|${r.segment ?? ""}`)) {
      const { channel, segment } = group[0]!;
      const answered = group.filter((r) => r.answered);
      const fit = fitDistribution(
        answered.map((r) => r.talk),
        confidence,
      );
      const measured = "talk time of answered calls (s)";
      if (fit !== null) report.serviceTimes.push({ channel, segment, source: calls.file, measured, fit });
      else
        report.unfittedServiceTimes.push({
          channel,
          segment,
          source: calls.file,
          measured,
          count: answered.length,
          needed: MIN_FIT_SAMPLE,
        });
      report.patience.push(patienceOf(group, calls.file, confidence));
    }
  }
  if (input.visits !== null) {
    const channel = input.visitChannel ?? pickChannel(scenario, "visit", input.visits.file);
    if (!channels.includes(channel)) {
      throw new CalibrationInputError(
        `--visit-channel: a channel of the scenario (${channels.join(", ")}); found "${channel}"`,
      );
    }
    const visits = readVisits(input.visits, input.map, segments);
    const days = observedDays(visits.records.map((r) => r.at.day));
    sources.push(summary("visits", visits.file, visits.rowsRead, visits.records.length, visits.bad, days));
    report.arrivals.push(
      ...arrivalRates(
        visits.records.map((r) => ({ channel, segment: r.segment, at: r.at })),
        days,
        visits.file,
        confidence,
      ),
    );
    for (const group of groupBy(visits.records, (r) => r.segment)) {
      const deals = group.filter((r) => r.amount > 0);
      const salesOnly = deals.length === group.length;
      const estimate: DealEstimate = {
        segment: group[0]!.segment,
        source: visits.file,
        visits: group.length,
        deals: deals.length,
        probability: salesOnly
          ? null
          : {
              value: deals.length / group.length,
              interval: binomialInterval(deals.length, group.length, confidence),
              method: BINOMIAL_METHOD,
            },
        value: fitDistribution(
          deals.map((r) => r.amount),
          confidence,
        ),
      };
      report.deals.push(estimate);
    }
  }
  return report;
}

function patienceOf(group: readonly CallRecord[], source: string, confidence: number): PatienceEstimate {
  const observations = group.map((r) => ({ time: r.wait, event: !r.answered }));
  const exponential = exponentialPatience(observations, confidence);
  const points = kaplanMeier(observations, confidence);
  const mean = exponential.mean;
  const ksDistance =
    mean === null || points.length === 0
      ? null
      : Math.max(...points.map((p) => Math.abs(p.survival - Math.exp(-p.time / mean))));
  const { channel, segment } = group[0]!;
  return { channel, segment, source, exponential, kaplanMeier: { median: survivalMedian(points), points }, ksDistance };
}

/** The first channel of a kind (phone: one on the public number first). */
function pickChannel(scenario: Scenario, kind: "phone" | "visit", file: string): string {
  const ofKind = scenario.channels.filter((c) => c.kind === kind);
  const pick = ofKind.find((c) => kind === "visit" || c.publicNumber) ?? ofKind[0];
  if (pick === undefined) {
    throw new CalibrationInputError(`${file}: the scenario needs a ${kind} channel for these records; it has none`);
  }
  return pick.name;
}

function summary(
  kind: "calls" | "visits",
  file: string,
  rowsRead: number,
  rowsUsed: number,
  bad: SourceSummary["badRows"],
  days: ObservedDays,
): SourceSummary {
  if (rowsUsed + badTotal(bad) !== rowsRead) throw new Error(`calibrate: rows of ${file} do not add up`);
  return {
    file,
    kind,
    rowsRead,
    rowsUsed,
    badRows: bad,
    firstDay: isoDate(days.firstDay),
    lastDay: isoDate(days.lastDay),
    daysByWeekday: days.byWeekday,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [item]);
    else g.push(item);
  }
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([, g]) => g);
}
