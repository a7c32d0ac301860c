import { buildWeeklyProfile, closedHoursProfile } from "../../arrivals/index.js";
import { createBalkingPolicy, type StreamSpec } from "../../model/index.js";
import { createSampler } from "../../random/index.js";
import type { Calendar } from "../../time/index.js";
import type { Scenario } from "../schema/index.js";
import { streamName } from "../streamName.js";
import type { ScenarioNames } from "./names.js";

/** The arrivals section: each stream's weekly rates and the work content of its contacts. */
export function streamModels(s: Scenario, names: ScenarioNames, calendar: Calendar): StreamSpec[] {
  const always = s.calendar.openingHours === "always";
  return s.arrivals.map((a, i) => ({
    name: streamName(a),
    channel: names.resolve("channel", a.channel, `arrivals[${i}].channel`),
    segment: names.resolve("segment", a.segment, `arrivals[${i}].segment`),
    status: a.status === "lead" ? (1 as const) : (0 as const),
    saysColdCalled: a.saysColdCalled,
    weekly: buildWeeklyProfile(calendar, a.ratePerHour, a.weekdayFactors, a.ratePerHourByWeekday),
    closedWeekly: a.afterHoursRatePerHour > 0 && !always ? closedHoursProfile(calendar, a.afterHoursRatePerHour) : null,
    service: createSampler(a.serviceTime),
    patience: a.patience === undefined ? null : createSampler(a.patience),
    balking: a.balking === undefined ? null : createBalkingPolicy(a.balking),
  }));
}

/** Per channel and segment, the stream whose work content a contact of that kind has (-1: none). */
export function contactTypes(streams: readonly StreamSpec[], channels: number, segments: number): number[][] {
  return Array.from({ length: channels }, (_, c) =>
    Array.from({ length: segments }, (_, g) => streams.findIndex((x) => x.channel === c && x.segment === g)),
  );
}
