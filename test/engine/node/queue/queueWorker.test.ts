import { Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRedisUrl } from "../../../../engine/node/queue/redisUrl.js";
import { ReplicationQueue } from "../../../../engine/node/queue/replicationQueue.js";
import { startQueueWorker, type QueueWorker } from "../../../../engine/node/queue/queueWorker.js";
import { hashCanonical } from "../../../../engine/node/hash.js";
import { runReplication } from "../../../../engine/run/index.js";
import { buildModel } from "../../../../engine/scenario/index.js";
import { ENGINE_VERSION } from "../../../../engine/version.js";
import { until } from "../../../helpers/queueProcesses.js";
import { HAS_REDIS, startRedis, type RedisServer } from "../../../helpers/redisServer.js";
import { singlePool } from "../../../helpers/scenarios.js";

describe.skipIf(!HAS_REDIS)("a queue worker and the engine version", () => {
  let redis: RedisServer;
  const workers: QueueWorker[] = [];
  const scenario = singlePool({ stop: { arrivals: 500, warmupArrivals: 50 } });

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await redis?.stop();
  });

  it("a worker of another engine version refuses a run's jobs, which a worker of the right version then computes", async () => {
    const target = parseRedisUrl(redis.url, "run");
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    workers.push(
      await startQueueWorker({
        target,
        threads: 1,
        stallSeconds: 1,
        engineVersion: "0.0.0-other",
        lookEveryMs: 50,
        log,
      }),
    );
    const queue = await ReplicationQueue.open(target, "version-run", { resume: false });
    const outputs = Promise.all([1, 2].map((replication) => queue.run({ scenario, seed: "1", replication })));
    await until(() => lines.length > 0);
    expect(lines).toEqual([
      `run version-run needs engine ${ENGINE_VERSION}, this worker runs engine 0.0.0-other: refused`,
    ]);
    const bull = new Queue("version-run", {
      connection: { host: "127.0.0.1", port: redis.port },
      prefix: "clientflow",
    });
    await until(async () => (await bull.getWaitingCount()) === 2);
    await bull.close();
    workers.push(await startQueueWorker({ target, threads: 1, stallSeconds: 1, lookEveryMs: 50, log }));
    const spec = buildModel(scenario);
    expect(await outputs).toEqual([1, 2].map((r) => runReplication(spec, "1", r)));
    await queue.close();
    await ReplicationQueue.discard(target, "version-run");
  });

  it("a job of another engine version that reaches a worker fails with the reason, and is not computed", async () => {
    const connection = { host: "127.0.0.1", port: redis.port };
    const control = new Redis(redis.url);
    await control.hset("clientflow:runs", "tampered-run", JSON.stringify({ engineVersion: ENGINE_VERSION }));
    const hash = hashCanonical(scenario);
    await control.hset("clientflow:scenarios:tampered-run", hash, JSON.stringify(scenario));
    const target = parseRedisUrl(redis.url, "run");
    workers.push(await startQueueWorker({ target, threads: 1, stallSeconds: 1, lookEveryMs: 50, log: () => {} }));
    const bull = new Queue("tampered-run", { connection, prefix: "clientflow" });
    const events = new QueueEvents("tampered-run", { connection, prefix: "clientflow" });
    await events.waitUntilReady();
    const job = await bull.add("replication", {
      engineVersion: "9.9.9",
      scenarioHash: hash,
      seed: "1",
      setUp: 0,
      replication: 1,
    });
    await expect(job.waitUntilFinished(events)).rejects.toThrow(
      `job ${job.id} needs engine 9.9.9, this worker runs engine ${ENGINE_VERSION}: refused`,
    );
    await Promise.all([bull.close(), events.close()]);
    control.disconnect();
  });
});
