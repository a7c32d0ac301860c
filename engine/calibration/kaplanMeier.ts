import { twoSidedZ } from "./normal.js";
import type { SurvivalPoint } from "../results/index.js";

/** One observed time: `event` true when it ended by the event (a caller hung up), false when censored (answered). */
export interface Observation {
  time: number;
  event: boolean;
}

export type { SurvivalPoint } from "../results/index.js";

/**
 * The Kaplan-Meier estimate of survival (here: still waiting, had nobody answered) from
 * censored observations. At each event time t, S falls by the factor 1 - d/n, with d the events
 * at t and n those observed at least until t (a censored time equal to t counts as at risk).
 * Intervals: Greenwood's variance on the log(-log S) scale (Kalbfleisch-Prentice), which keeps
 * them inside [0, 1]; none where S is 0 or 1.
 */
export function kaplanMeier(observations: readonly Observation[], confidence: number): SurvivalPoint[] {
  const sorted = [...observations].sort((a, b) => a.time - b.time || Number(b.event) - Number(a.event));
  const z = twoSidedZ(confidence);
  const points: SurvivalPoint[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let greenwood = 0;
  let i = 0;
  while (i < sorted.length) {
    const time = sorted[i]!.time;
    let events = 0;
    let leaving = 0;
    while (i < sorted.length && sorted[i]!.time === time) {
      if (sorted[i]!.event) events++;
      leaving++;
      i++;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      if (atRisk > events) greenwood += events / (atRisk * (atRisk - events));
      let interval: [number, number] = [survival, survival];
      if (survival > 0 && survival < 1) {
        const logS = Math.log(survival);
        const se = Math.sqrt(greenwood) / Math.abs(logS);
        interval = [Math.pow(survival, Math.exp(z * se)), Math.pow(survival, Math.exp(-z * se))];
      }
      points.push({ time, atRisk, events, survival, interval });
    }
    atRisk -= leaving;
  }
  return points;
}

/** The median: the first event time where S falls to 0.5 or below; null when it never does. */
export function survivalMedian(points: readonly SurvivalPoint[]): number | null {
  return points.find((p) => p.survival <= 0.5)?.time ?? null;
}
