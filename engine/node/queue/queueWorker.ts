import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import type { Scenario } from "../../scenario/index.js";
import { ENGINE_VERSION } from "../../version.js";
import { hashCanonical } from "../hash.js";
import { WorkerPool } from "../workers/workerPool.js";
import { readJobPayload } from "./jobPayload.js";
import { encodeOutput } from "./outputCodec.js";
import { QUEUE_PREFIX, RUNS_KEY, scenariosKey } from "./queueNames.js";
import { RedisLink } from "./redisLink.js";
import type { RedisTarget } from "./redisUrl.js";
import { stallSettings } from "./stallSettings.js";
import { versionRefusal } from "./versionCheck.js";

export interface QueueWorkerOptions {
  target: RedisTarget;
  /** Worker threads computing replications (and jobs taken at once per run). */
  threads: number;
  /** See stallSettings. */
  stallSeconds: number;
  /** The engine version this worker computes (this engine's unless a test says otherwise). */
  engineVersion?: string;
  /** How often the runs on the queue are looked up (milliseconds). */
  lookEveryMs?: number;
  /** One line per run taken or refused, and per problem. */
  log: (line: string) => void;
}

/** A running `clientflow worker`. */
export interface QueueWorker {
  /** Stops taking jobs, lets the jobs being computed finish, and closes everything. */
  stop(): Promise<void>;
}

/**
 * The worker side: looks up the runs announced in Redis, takes the jobs of each run of its own
 * engine version (refusing the others with a line saying why) and computes them on its worker
 * threads. Each scenario is read from Redis once per run, by hash, and checked against the hash.
 * A lost Redis is waited for; a job of another version that reaches it anyway fails with the reason.
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const mine = options.engineVersion ?? ENGINE_VERSION;
  const link = new RedisLink(options.target, null);
  const control = await link.connect();
  let lastProblem = "";
  control.on("error", (e: Error) => {
    if (e.message !== lastProblem) options.log(`Redis at ${options.target.shown}: ${e.message}; waiting for it`);
    lastProblem = e.message;
  });
  control.on("ready", () => (lastProblem = ""));
  const runs = new Map<string, { worker: Worker; scenarios: Map<string, Promise<Scenario>> }>();
  const refused = new Set<string>();
  let pool: WorkerPool | null = null;
  let stopping = false;

  const scenario = (run: string, hash: string): Promise<Scenario> => {
    const cache = runs.get(run)!.scenarios;
    let loaded = cache.get(hash);
    if (loaded === undefined) {
      loaded = readScenario(control, run, hash);
      loaded.catch(() => cache.delete(hash));
      cache.set(hash, loaded);
    }
    return loaded;
  };

  const compute = async (run: string, job: Job): Promise<string> => {
    const payload = readJobPayload(job.data);
    const refusal = versionRefusal(payload.engineVersion, mine);
    if (refusal !== null) throw new UnrecoverableError(`job ${job.id} ${refusal}`);
    pool ??= new WorkerPool(options.threads);
    const output = await pool.run({
      scenario: await scenario(run, payload.scenarioHash),
      scenarioHash: payload.scenarioHash,
      seed: payload.seed,
      replication: payload.replication,
    });
    return encodeOutput(output);
  };

  const look = async () => {
    const announced = await control.hgetall(RUNS_KEY);
    for (const [run, text] of Object.entries(announced)) {
      if (runs.has(run) || refused.has(run)) continue;
      const needed = runVersion(text);
      const refusal = versionRefusal(needed, mine);
      if (refusal !== null) {
        refused.add(run);
        options.log(`run ${run} ${refusal}`);
        continue;
      }
      const worker = new Worker(run, (job) => compute(run, job), {
        connection: link.options(),
        prefix: QUEUE_PREFIX,
        concurrency: options.threads,
        ...stallSettings(options.stallSeconds),
      });
      worker.on("error", () => {});
      runs.set(run, { worker, scenarios: new Map() });
      options.log(`taking the jobs of run ${run}`);
    }
    for (const [run, { worker }] of runs) {
      if (Object.hasOwn(announced, run)) continue;
      runs.delete(run);
      await worker.close();
      options.log(`run ${run} is done`);
    }
    // With no run left, the threads (and the models they keep) are let go.
    if (runs.size === 0 && pool !== null) {
      const idle = pool;
      pool = null;
      await idle.close();
    }
  };

  let timer: NodeJS.Timeout | null = null;
  let looking: Promise<void> = Promise.resolve();
  const tick = () => {
    looking = look()
      .catch(() => {
        // Redis is away: the error handler said so; look again later.
      })
      .finally(() => {
        if (!stopping) timer = setTimeout(tick, options.lookEveryMs ?? 1000);
      });
  };
  tick();

  return {
    async stop() {
      stopping = true;
      if (timer !== null) clearTimeout(timer);
      if (control.status === "ready") {
        await looking;
        await Promise.all([...runs.values()].map((r) => r.worker.close()));
      } else {
        // Without a Redis, waiting for it would never end: the connections stop retrying, and
        // the jobs being computed are let go (their locks expire; other workers take them again).
        link.stopRetrying();
        control.disconnect();
        for (const { worker } of runs.values()) {
          void worker.close(true).catch(() => {});
          void worker.disconnect().catch(() => {});
        }
      }
      runs.clear();
      await pool?.close();
      control.disconnect();
    },
  };
}

/** The engine version a run announced ("unknown" for an entry that is not one of ours). */
function runVersion(text: string): string {
  try {
    const v = (JSON.parse(text) as { engineVersion?: unknown }).engineVersion;
    return typeof v === "string" ? v : "unknown";
  } catch {
    return "unknown";
  }
}

/** A run's scenario, read from Redis by hash and checked against it. */
async function readScenario(control: Redis, run: string, hash: string): Promise<Scenario> {
  const text = await control.hget(scenariosKey(run), hash);
  if (text === null) throw new Error(`scenario ${hash} of run ${run} is not in Redis`);
  const scenario = JSON.parse(text) as Scenario;
  if (hashCanonical(scenario) !== hash) throw new Error(`scenario ${hash} of run ${run} does not match its hash`);
  return scenario;
}
