/**
 * Benchmark: customers per second on M/M/c with 20 agents, 18 arrivals per minute and a 1-minute
 * mean service (90% load), 1,000,000 customers in one replication, timed inside the process
 * (scenario building and start-up excluded), with peak memory. Target: 2,000,000 per second.
 * Memory must not grow with the number of customers: the same run at 250,000 customers is
 * measured too, and the heap after each run is compared. The plain loop of mmcHandLoop.ts runs the
 * same model in the same process, alternating with the engine, so that their ratio (target at
 * least 0.8) is measured side by side on the same, possibly busy, machine.
 */
import { runReplication } from "../../engine/run/index.js";
import { buildModel, parseScenario } from "../../engine/scenario/index.js";
import { mmcHandLoop } from "./mmcHandLoop.js";

export interface MmcResult {
  customers: number;
  /** Best of the repeats, in seconds. */
  seconds: number;
  customersPerSecond: number;
  /** Median of the repeats. */
  medianCustomersPerSecond: number;
  /** The plain loop's median customers per second, and the engine's median over it. */
  handLoopCustomersPerSecond: number;
  ratioToHandLoop: number;
  heapUsedMiB: number;
  peakRssMiB: number;
}

export function mmcScenario(customers: number) {
  return parseScenario({
    name: "bench M/M/20",
    calendar: { openingHours: "always", intervalMinutes: 60 },
    stop: { arrivals: customers, warmupArrivals: 0 },
    segments: [{ name: "all" }],
    channels: [{ name: "call" }],
    arrivals: [
      { channel: "call", segment: "all", ratePerHour: 18 * 60, serviceTime: { kind: "exponential", mean: 60 } },
    ],
    pools: [{ name: "agents", staff: 20, selection: { kind: "longest-idle" } }],
    routing: [{ pool: "agents" }],
  });
}

export function benchMmc(customers: number, repeats = 3): MmcResult {
  const spec = buildModel(mmcScenario(customers));
  const times: number[] = [];
  const handTimes: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    runReplication(spec, "bench", i + 1);
    times.push((performance.now() - t0) / 1000);
    const t1 = performance.now();
    mmcHandLoop(customers, 20, 18 / 60, 60);
    handTimes.push((performance.now() - t1) / 1000);
  }
  times.sort((a, b) => a - b);
  handTimes.sort((a, b) => a - b);
  const best = times[0]!;
  const median = times[Math.floor(times.length / 2)]!;
  const handMedian = handTimes[Math.floor(handTimes.length / 2)]!;
  globalThis.gc?.();
  return {
    customers,
    seconds: best,
    customersPerSecond: customers / best,
    medianCustomersPerSecond: customers / median,
    handLoopCustomersPerSecond: customers / handMedian,
    ratioToHandLoop: handMedian / median,
    heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}
