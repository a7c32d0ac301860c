import { existsSync, readFileSync, rmSync } from "node:fs";
import { Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientflowProcess } from "../../../helpers/clientflow.js";
import {
  smallExperiment,
  startClientflow,
  startWorker,
  stopWorker,
  until,
  type Running,
} from "../../../helpers/queueProcesses.js";
import { HAS_REDIS, REDIS_REQUIRED, REDIS_SERVER, startRedis, type RedisServer } from "../../../helpers/redisServer.js";

const DIR = "out/queue-tests";

if (!HAS_REDIS && REDIS_REQUIRED)
  describe("the queue tests", () => {
    it("need redis-server", () => {
      throw new Error(`redis-server is required (CLIENTFLOW_REQUIRE_REDIS=1) but ${REDIS_SERVER} was not found`);
    });
  });

/** The runs announced in Redis (queue name to the engine version they need). */
async function announced(url: string): Promise<Record<string, string>> {
  const redis = new Redis(url);
  try {
    return await redis.hgetall("clientflow:runs");
  } finally {
    redis.disconnect();
  }
}

describe.skipIf(!HAS_REDIS)("clientflow compare --queue with clientflow worker processes", () => {
  let redis: RedisServer;
  let experiment: string;
  let local: string;
  const workers: Running[] = [];

  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true });
    experiment = smallExperiment(DIR);
    redis = await startRedis();
    const r = clientflowProcess("compare", experiment, "--workers", "1", "--quiet", "--out", `${DIR}/local.json`);
    if (r.status !== 0) throw new Error(r.stderr);
    local = readFileSync(`${DIR}/local.json`, "utf8");
  });

  afterAll(async () => {
    await Promise.all(workers.map(stopWorker));
    await redis?.stop();
  });

  it("writes results byte-identical to the local run through two worker processes, and leaves nothing in Redis", async () => {
    workers.push(await startWorker(redis.url), await startWorker(redis.url));
    const run = await startClientflow("compare", experiment, "--queue", redis.url, "--quiet", "--out", `${DIR}/q.json`)
      .ended;
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(`${DIR}/q.json`, "utf8")).toBe(local);
    const keys = new Redis(redis.url);
    expect(await keys.keys("*")).toEqual([]);
    keys.disconnect();
    await Promise.all(workers.splice(0).map(stopWorker));
  });

  it("gives identical results when a worker is killed with SIGKILL in the middle of a job (the stalled job is taken again)", async () => {
    const first = await startWorker(redis.url, "--stall-seconds", "1");
    workers.push(first);
    const run = startClientflow("compare", experiment, "--queue", redis.url, "--quiet", "--out", `${DIR}/killed.json`);
    let queue: Queue | null = null;
    let events: QueueEvents | null = null;
    const stalled: string[] = [];
    await until(async () => {
      const runs = Object.keys(await announced(redis.url));
      if (runs.length === 0) return false;
      const options = { connection: { host: "127.0.0.1", port: redis.port }, prefix: "clientflow" };
      queue ??= new Queue(runs[0]!, options);
      if (events === null) {
        events = new QueueEvents(runs[0]!, { ...options, lastEventId: "0" });
        events.on("stalled", ({ jobId }) => stalled.push(jobId));
      }
      return (await queue.getActiveCount()) > 0;
    }, "a job in progress");
    first.child.kill("SIGKILL");
    await first.ended;
    workers.push(await startWorker(redis.url, "--stall-seconds", "1"));
    const done = await run.ended;
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    expect(readFileSync(`${DIR}/killed.json`, "utf8")).toBe(local);
    expect(stalled.length).toBe(1);
    await Promise.all([queue!.close(), events!.close()]);
    await Promise.all(workers.splice(0).map(stopWorker));
  });

  it("refuses a queue holding an interrupted run without --resume, and finishes it with --resume", async () => {
    const first = startClientflow(
      "compare",
      experiment,
      "--queue",
      redis.url,
      "--quiet",
      "--out",
      `${DIR}/resumed.json`,
    );
    await until(async () => Object.keys(await announced(redis.url)).length > 0, "the run's announcement");
    first.child.kill("SIGKILL");
    await first.ended;
    const again = clientflowProcess(
      "compare",
      experiment,
      "--queue",
      redis.url,
      "--quiet",
      "--out",
      `${DIR}/resumed.json`,
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds \d+ replication\(s\) of this run .* Add --resume/);
    expect(existsSync(`${DIR}/resumed.json`)).toBe(false);
    workers.push(await startWorker(redis.url));
    const resumed = await startClientflow(
      "compare",
      experiment,
      "--queue",
      redis.url,
      "--resume",
      "--quiet",
      "--out",
      `${DIR}/resumed.json`,
    ).ended;
    expect(resumed.stderr).toBe("");
    expect(readFileSync(`${DIR}/resumed.json`, "utf8")).toBe(local);
    await Promise.all(workers.splice(0).map(stopWorker));
  });

  it("gives up after --wait-for-workers seconds with no worker (exit 1, nothing written), and resumes later", async () => {
    const alone = await startClientflow(
      "compare",
      experiment,
      "--queue",
      redis.url,
      "--wait-for-workers",
      "1",
      "--quiet",
      "--out",
      `${DIR}/alone.json`,
    ).ended;
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(
      /^clientflow compare: no replication finished in 1 s \(--wait-for-workers\) while 9 waited on the queue .* is a `clientflow worker --queue` running .*--resume\n$/,
    );
    expect(existsSync(`${DIR}/alone.json`)).toBe(false);
    expect(Object.keys(await announced(redis.url))).toHaveLength(1);
    workers.push(await startWorker(redis.url));
    const resumed = await startClientflow(
      "compare",
      experiment,
      "--queue",
      redis.url,
      "--resume",
      "--wait-for-workers",
      "120",
      "--quiet",
      "--out",
      `${DIR}/alone.json`,
    ).ended;
    expect(resumed.stderr).toBe("");
    expect(readFileSync(`${DIR}/alone.json`, "utf8")).toBe(local);
    await Promise.all(workers.splice(0).map(stopWorker));
  });

  it("fails with a clear message and writes nothing when Redis goes away during a compare", async () => {
    const run = startClientflow(
      "compare",
      experiment,
      "--queue",
      `${redis.url}?reconnect=1`,
      "--quiet",
      "--out",
      `${DIR}/gone.json`,
    );
    await until(async () => Object.keys(await announced(redis.url)).length > 0, "the run's announcement");
    await redis.stop();
    const done = await run.ended;
    expect(done.code).toBe(1);
    expect(done.stderr).toMatch(
      /^clientflow compare: lost the connection to Redis at redis:\/\/127\.0\.0\.1:\d+\/0 for more than 1 s .*no results file was written.*--resume/,
    );
    expect(done.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(`${DIR}/gone.json`)).toBe(false);
  });
});

describe("clientflow compare --queue without a Redis", () => {
  it("says Redis cannot be reached (exit 1, no stack trace, no results file) and never prints the password", () => {
    const dir = `${DIR}-unreachable`;
    const experiment = smallExperiment(dir);
    const r = clientflowProcess(
      "compare",
      experiment,
      "--queue",
      "redis://user:secret@127.0.0.1:1",
      "--quiet",
      "--out",
      `${dir}/none.json`,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "clientflow compare: cannot reach Redis at redis://user:***@127.0.0.1:1/0 (connect ECONNREFUSED 127.0.0.1:1)\n",
    );
    expect(existsSync(`${dir}/none.json`)).toBe(false);
  });

  it("refuses --wait-for-workers without --queue, or with something other than seconds above 0 (exit 2)", () => {
    const without = clientflowProcess("run", "--wait-for-workers", "5", "--quiet");
    expect(without.status).toBe(2);
    expect(without.stderr).toContain("--wait-for-workers goes with --queue URL");
    for (const bad of ["0", "-3", "soon", "1e9"]) {
      const r = clientflowProcess("run", "--queue", "redis://127.0.0.1:1", `--wait-for-workers=${bad}`, "--quiet");
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain(
        `--wait-for-workers must be a number of seconds above 0 and at most 604800 (a week), found "${bad}"`,
      );
    }
  });

  it("refuses a URL that is not a Redis one, with the usage hint (exit 2)", () => {
    const r = clientflowProcess("run", "--queue", "http://example.org", "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--queue must start with redis:// or rediss:// (TLS), found "http://"');
  });
});
