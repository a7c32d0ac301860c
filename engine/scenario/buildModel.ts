import { buildWeeklyProfile } from "../arrivals/index.js";
import { createBalkingPolicy, type ModelSpec, type PoolSpec, type StaffSpec } from "../model/index.js";
import { createSampler } from "../random/index.js";
import { Calendar, clockToSeconds, toSeconds, WEEKDAYS, type OpeningHours, type Weekday } from "../time/index.js";
import type { Scenario } from "./schema.js";
import { streamName } from "./streamName.js";

/** The scenario's service-level thresholds in seconds, ascending and without repeats. */
export function serviceLevelThresholds(s: Scenario): number[] {
  return [...new Set(s.serviceLevel.thresholds.map(toSeconds))].sort((a, b) => a - b);
}

/** Turns a validated scenario into the resolved specification a replication runs. */
export function buildModel(s: Scenario): ModelSpec {
  const always = s.calendar.openingHours === "always";
  const openingHours = {} as Record<Weekday, OpeningHours | null>;
  for (const day of WEEKDAYS) {
    const h = s.calendar.openingHours === "always" ? { open: "00:00", close: "24:00" } : s.calendar.openingHours[day];
    openingHours[day] = h ? { openSeconds: clockToSeconds(h.open), closeSeconds: clockToSeconds(h.close) } : null;
  }
  const calendar = new Calendar({
    intervalSeconds: s.calendar.intervalMinutes * 60,
    startWeekday: s.calendar.startWeekday,
    openingHours,
  });
  const segments = s.segments.map((x) => x.name);
  const channels = s.channels.map((x) => x.name);
  const poolNames = s.pools.map((p) => p.name);

  const pools: PoolSpec[] = s.pools.map((p) => {
    const staff: StaffSpec[] =
      typeof p.staff === "number"
        ? Array.from({ length: p.staff }, (_, i) => ({ name: `${p.name} ${i + 1}`, shift: null, hourlyCost: 0 }))
        : p.staff.map((m) => ({
            name: m.name,
            hourlyCost: m.hourlyCost ?? 0,
            shift:
              m.shift === undefined
                ? null
                : {
                    startSeconds: clockToSeconds(m.shift.start),
                    endSeconds: clockToSeconds(m.shift.end),
                    weekdays: m.shift.weekdays === undefined ? null : new Set(m.shift.weekdays),
                    breaks: m.shift.breaks.map((b) => ({
                      startSeconds: clockToSeconds(b.start),
                      durationSeconds: toSeconds(b.duration),
                    })),
                  },
          }));
    return {
      name: p.name,
      staff,
      selection: p.selection,
      capacity: p.queue.capacity ?? Infinity,
      wrapUp: p.wrapUp === undefined ? null : createSampler(p.wrapUp),
    };
  });

  const streams = s.arrivals.map((a) => {
    const route = s.routing.find(
      (r) => (r.match.channel ?? a.channel) === a.channel && (r.match.segment ?? a.segment) === a.segment,
    )!;
    return {
      name: streamName(a),
      channel: channels.indexOf(a.channel),
      segment: segments.indexOf(a.segment),
      weekly: buildWeeklyProfile(calendar, a.ratePerHour, a.weekdayFactors, a.ratePerHourByWeekday),
      service: createSampler(a.serviceTime),
      patience: a.patience === undefined ? null : createSampler(a.patience),
      balking: a.balking === undefined ? null : createBalkingPolicy(a.balking),
      pool: poolNames.indexOf(route.pool),
      priority: route.priority,
    };
  });

  return {
    calendar,
    alwaysOpen: always,
    days: s.calendar.days ?? null,
    warmupDays: s.calendar.warmupDays,
    atClosing: s.calendar.atClosing,
    stop: s.stop ?? null,
    segments,
    channels,
    streams,
    pools,
    thresholdsSeconds: serviceLevelThresholds(s),
    trace: s.trace ?? null,
  };
}
