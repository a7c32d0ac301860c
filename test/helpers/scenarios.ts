import { parseScenario, type Scenario, type ScenarioInput } from "../../engine/scenario/index.js";

/** A one-pool, always-open scenario counted in arrivals; `over` replaces top-level fields. */
export function singlePool(over: Partial<ScenarioInput> = {}): Scenario {
  return parseScenario({
    name: "test",
    calendar: { openingHours: "always", intervalMinutes: 60 },
    stop: { arrivals: 2000, warmupArrivals: 100 },
    segments: [{ name: "all" }],
    channels: [{ name: "call" }],
    arrivals: [{ channel: "call", segment: "all", ratePerHour: 50, serviceTime: { kind: "exponential", mean: 60 } }],
    pools: [{ name: "agents", staff: 1 }],
    routing: [{ pool: "agents" }],
    ...over,
  });
}

/** A small business-hours company: two channels, two segments, two pools with shifts. */
export function smallCompany(over: Partial<ScenarioInput> = {}): Scenario {
  return parseScenario({
    name: "small company",
    calendar: {
      days: 3,
      warmupDays: 1,
      intervalMinutes: 30,
      openingHours: {
        mon: { open: "09:00", close: "18:00" },
        tue: { open: "09:00", close: "18:00" },
        wed: { open: "09:00", close: "18:00" },
      },
    },
    segments: [{ name: "retail" }, { name: "wholesale" }],
    channels: [{ name: "call" }, { name: "walk-in" }],
    arrivals: [
      {
        channel: "call",
        segment: "retail",
        ratePerHour: { "09:00": 20, "13:00": 35 },
        serviceTime: { kind: "lognormal", mean: "3 min", cv: 0.7 },
        patience: { kind: "exponential", mean: "2 min" },
      },
      {
        channel: "call",
        segment: "wholesale",
        ratePerHour: 8,
        serviceTime: { kind: "gamma", mean: "6 min", cv: 0.6 },
        patience: { kind: "exponential", mean: "4 min" },
      },
      {
        channel: "walk-in",
        segment: "retail",
        ratePerHour: 12,
        serviceTime: { kind: "triangular", min: "2 min", mode: "5 min", max: "15 min" },
        balking: { kind: "queue-threshold", waiting: 4 },
      },
    ],
    pools: [
      {
        name: "operators",
        staff: [
          { name: "Anna", shift: { start: "09:00", end: "18:00", breaks: [{ start: "13:00", duration: "45 min" }] } },
          { name: "Boris", shift: { start: "09:00", end: "14:00" } },
          { name: "Vera", shift: { start: "12:00", end: "18:00" } },
        ],
        wrapUp: { kind: "uniform", min: 10, max: 40 },
        queue: { capacity: 6 },
      },
      { name: "consultants", staff: 2, selection: { kind: "round-robin" } },
    ],
    routing: [
      { match: { channel: "walk-in" }, pool: "consultants" },
      { match: { segment: "wholesale" }, pool: "operators", priority: 0 },
      { pool: "operators", priority: 1 },
    ],
    serviceLevel: { thresholds: [20, 60] },
    ...over,
  });
}
