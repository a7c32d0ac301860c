import type { ScenarioInput } from "../scenario/index.js";
import { defaultWarmupCustomers, type ErlangRequest } from "./erlangRequest.js";

/**
 * The one-pool scenario that `clientflow erlang` runs through the same engine as every other
 * scenario: always open, Poisson arrivals, one pool of identical agents (longest idle first),
 * first come first served, run length counted in arrivals.
 */
export function erlangScenario(r: ErlangRequest): ScenarioInput {
  const serviceTime =
    r.service === "exponential"
      ? { kind: "exponential" as const, mean: r.ahtSeconds }
      : r.service === "deterministic"
        ? { kind: "deterministic" as const, value: r.ahtSeconds }
        : { kind: "lognormal" as const, mean: r.ahtSeconds, cv: r.serviceCv };
  const patience =
    r.patience === "none"
      ? undefined
      : r.patience === "exponential"
        ? { kind: "exponential" as const, mean: r.patienceSeconds! }
        : { kind: "deterministic" as const, value: r.patienceSeconds! };
  return {
    name: "erlang",
    description: "Single pool built by clientflow erlang",
    calendar: { openingHours: "always", intervalMinutes: 60 },
    stop: { arrivals: r.customers, warmupArrivals: r.warmupCustomers ?? defaultWarmupCustomers(r) },
    segments: [{ name: "all" }],
    channels: [{ name: "call" }],
    arrivals: [
      {
        channel: "call",
        segment: "all",
        ratePerHour: r.arrivalsPerHour,
        serviceTime,
        ...(patience === undefined ? {} : { patience }),
      },
    ],
    pools: [
      {
        name: "agents",
        staff: r.agents,
        selection: { kind: "longest-idle" },
        queue: { capacity: r.capacity === null ? null : r.capacity - r.agents },
      },
    ],
    routing: [{ pool: "agents" }],
    serviceLevel: { thresholds: r.thresholdsSeconds },
  };
}
