/**
 * Benchmark: replications through the Redis job queue (engine/node/queue) against the same
 * replications on local worker threads. A redis-server of its own on a loopback port and one
 * `clientflow worker` process with 2 threads on this machine; both sides warm (each thread has run
 * a replication) before the clock starts. Two measures: jobs per second of tiny replications (the
 * queue's own cost per job), and the overhead for one company-year per job (the default company,
 * 365 days, no warm-up). Null when redis-server is missing.
 */
import { loadScenario } from "../../engine/node/loadScenario.js";
import { makeExecutor } from "../../engine/node/executors.js";
import { openQueueExecutor } from "../../engine/node/queue/queueExecutor.js";
import { parseRedisUrl } from "../../engine/node/queue/redisUrl.js";
import type { Scenario } from "../../engine/scenario/index.js";
import { startWorker, stopWorker } from "../helpers/queueProcesses.js";
import { HAS_REDIS, startRedis } from "../helpers/redisServer.js";
import { singlePool } from "../helpers/scenarios.js";

export interface QueueBenchResult {
  tinyJobs: number;
  tinyJobsPerSecond: number;
  tinyJobsPerSecondLocal: number;
  years: number;
  yearSecondsQueue: number;
  yearSecondsLocal: number;
  /** yearSecondsQueue / yearSecondsLocal - 1. */
  overhead: number;
}

/** Seconds for `count` replications (numbered from 1) of a scenario through an executor. */
async function timed(
  execute: ReturnType<typeof makeExecutor>["execute"],
  count: number,
  warmUp: number,
): Promise<number> {
  await Promise.all(Array.from({ length: warmUp }, (_, i) => execute({ setUp: 0, replication: 100_000 + i })));
  const t0 = performance.now();
  await Promise.all(Array.from({ length: count }, (_, r) => execute({ setUp: 0, replication: r + 1 })));
  return (performance.now() - t0) / 1000;
}

async function throughQueue(url: string, scenario: Scenario, count: number): Promise<number> {
  const target = parseRedisUrl(url, "bench");
  const queue = await openQueueExecutor({ target, resume: false }, "bench", [scenario], "bench");
  try {
    return await timed(queue.execute, count, 2);
  } finally {
    await queue.close();
    await queue.written();
  }
}

async function onThreads(scenario: Scenario, count: number): Promise<number> {
  const local = makeExecutor([scenario], ["bench"], "bench", 2, true);
  try {
    return await timed(local.execute, count, 2);
  } finally {
    await local.close();
  }
}

export async function benchQueue(tinyJobs = 400, years = 8): Promise<QueueBenchResult | null> {
  if (!HAS_REDIS) return null;
  const tiny = singlePool({ stop: { arrivals: 50, warmupArrivals: 10 } });
  const { scenario } = loadScenario("scenarios/default.json");
  const year = { ...scenario, calendar: { ...scenario.calendar, days: 365, warmupDays: 0 } };
  const redis = await startRedis();
  const worker = await startWorker(redis.url, "--workers", "2");
  try {
    const tinyQueue = await throughQueue(redis.url, tiny, tinyJobs);
    const tinyLocal = await onThreads(tiny, tinyJobs);
    const yearQueue = await throughQueue(redis.url, year, years);
    const yearLocal = await onThreads(year, years);
    return {
      tinyJobs,
      tinyJobsPerSecond: tinyJobs / tinyQueue,
      tinyJobsPerSecondLocal: tinyJobs / tinyLocal,
      years,
      yearSecondsQueue: yearQueue,
      yearSecondsLocal: yearLocal,
      overhead: yearQueue / yearLocal - 1,
    };
  } finally {
    await stopWorker(worker);
    await redis.stop();
  }
}
