/**
 * Benchmark: replications per second of the default company with 1 and 2 worker threads, on
 * replications of one simulated year (about a second each). Target: 2 workers at least 1.7 times
 * as fast as 1. Both run on the worker pool (1 thread, then 2). The pool is warm: each worker has run one replication (loading and compiling
 * the engine) before the clock starts; the time with start-up is reported too.
 */
import { availableParallelism } from "node:os";
import { loadScenario } from "../../engine/node/loadScenario.js";
import { makeExecutor } from "../../engine/node/executors.js";

export interface WorkersResult {
  replications: number;
  days: number;
  secondsByWorkers: Record<number, number>;
  /** The same, including starting the pool and its first replication per worker. */
  secondsWithStartUp: Record<number, number>;
  replicationsPerSecond: Record<number, number>;
  speedup: number;
  speedupWithStartUp: number;
  cores: number;
}

export async function benchWorkers(replications = 20, days = 365): Promise<WorkersResult> {
  const { scenario, hash } = loadScenario("scenarios/default.json");
  const year = { ...scenario, calendar: { ...scenario.calendar, days, warmupDays: 0 } };
  const secondsByWorkers: Record<number, number> = {};
  const secondsWithStartUp: Record<number, number> = {};
  for (const workers of [1, 2]) {
    const start = performance.now();
    const { execute, close } = makeExecutor([year], [hash], "bench", workers, true);
    const warmUp = Array.from({ length: workers }, (_, w) => execute({ setUp: 0, replication: 1000 + w }));
    await Promise.all(warmUp);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: replications }, (_, r) => execute({ setUp: 0, replication: r + 1 })));
    const end = performance.now();
    secondsByWorkers[workers] = (end - t0) / 1000;
    secondsWithStartUp[workers] = (end - start) / 1000;
    await close();
  }
  const rps = (w: number) => replications / secondsByWorkers[w]!;
  return {
    replications,
    days,
    secondsByWorkers,
    replicationsPerSecond: { 1: rps(1), 2: rps(2) },
    speedup: secondsByWorkers[1]! / secondsByWorkers[2]!,
    secondsWithStartUp,
    speedupWithStartUp: secondsWithStartUp[1]! / secondsWithStartUp[2]!,
    cores: availableParallelism(),
  };
}
