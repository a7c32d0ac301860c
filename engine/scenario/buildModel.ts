import type { ModelSpec } from "../model/index.js";
import { contactTypes, streamModels } from "./model/arrivals.js";
import { calendarModel } from "./model/calendar.js";
import { channelModels } from "./model/channels.js";
import { firstContactCredit } from "./model/credit.js";
import { handoverModel } from "./model/handover.js";
import { ScenarioNames } from "./model/names.js";
import { phoneModel } from "./model/phone.js";
import { departmentModels, markPoolsServingClients, poolModels } from "./model/pools.js";
import { repeatWalkInModel, repeatWalkInTarget } from "./model/repeatWalkIn.js";
import { routeModels } from "./model/routing.js";
import { segmentModels } from "./model/segments.js";
import { serviceLevelModel } from "./model/serviceLevel.js";
import { createSampler } from "../random/index.js";
import type { Scenario } from "./schema/index.js";

export { serviceLevelThresholds } from "./model/serviceLevel.js";

/** Overtime pay as a multiple of the hourly cost when the scenario states none (an assumption: time and a half). */
export const DEFAULT_OVERTIME_FACTOR = 1.5;

/**
 * Turns a checked scenario into the resolved specification a replication runs, section by
 * section (one file each in `model/`); every name another field refers to is resolved by
 * `ScenarioNames`, the resolver the reference check uses too.
 */
export function buildModel(s: Scenario): ModelSpec {
  const names = ScenarioNames.ofValid(s);
  const time = calendarModel(s);
  const departments = departmentModels(s);
  const segments = segmentModels(s, names);
  const channels = channelModels(s);
  const streams = streamModels(s, names, time.calendar);
  const pools = poolModels(s, names, departments);
  const routes = routeModels(s, names);
  markPoolsServingClients(pools, routes, repeatWalkInTarget(s, names), segments);
  return {
    ...time,
    departments,
    segments,
    channels,
    streams,
    contactType: contactTypes(streams, channels.length, segments.length),
    pools,
    routes,
    phone: phoneModel(s),
    handover: handoverModel(s, names),
    walkPerFloor: s.walking === undefined ? null : createSampler(s.walking.betweenFloors),
    repeatWalkIn: repeatWalkInModel(s, names, pools),
    fines: s.fines,
    plans: s.plans,
    heads: s.heads,
    firstContactCredit: firstContactCredit(s),
    ...serviceLevelModel(s),
    trace: s.trace ?? null,
    poolIntervals: s.reportPoolIntervals,
    overtimeFactor: s.money.overtimeFactor ?? DEFAULT_OVERTIME_FACTOR,
  };
}
