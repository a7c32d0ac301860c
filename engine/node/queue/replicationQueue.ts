import { Job, Queue, QueueEvents } from "bullmq";
import type { Redis } from "ioredis";
import type { ReplicationOutput } from "../../run/index.js";
import type { Scenario } from "../../scenario/index.js";
import { ENGINE_VERSION } from "../../version.js";
import { hashCanonical } from "../hash.js";
import type { ReplicationJob } from "./jobPayload.js";
import { decodeOutput } from "./outputCodec.js";
import { QueueProblem } from "./queueProblem.js";
import { jobId, QUEUE_PREFIX, RUNS_KEY, scenariosKey } from "./queueNames.js";
import { RedisLink } from "./redisLink.js";
import { resumeRefusal } from "./resumeCheck.js";
import type { RedisTarget } from "./redisUrl.js";

/** One replication asked of the queue (as of a WorkerPool). */
export interface QueueRequest {
  scenario: Scenario;
  seed: string;
  replication: number;
  /** The set-up of an experiment, for the workers' messages (0 when absent). */
  setUp?: number;
  /** Ignored: the queue hashes the scenario itself (a caller's hash may not cover a trace it added). */
  scenarioHash?: string;
}

export interface QueueOpenOptions {
  /** Re-attach to the replications an interrupted run left in the queue. */
  resume: boolean;
  /** The engine version the jobs need (this engine's unless a test says otherwise). */
  engineVersion?: string;
  /** Give up when no replication has finished for this long (none taken, say), in seconds. */
  idleSeconds?: number;
}

interface Waiter {
  replication: number;
  resolve: (o: ReplicationOutput) => void;
  reject: (e: Error) => void;
}

/**
 * The producer side of a run on the queue: `run` puts a replication on the run's BullMQ queue
 * (one job per scenario, seed and replication, never added twice) and resolves with its output
 * when a worker has computed it. Finished replications stay in Redis until `discard`, so an
 * interrupted run can be resumed. When Redis is lost for longer than the URL allows, every
 * waiting replication fails and `close` throws the QueueProblem.
 */
export class ReplicationQueue {
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly requests = new Map<string, ReplicationJob>();
  private readonly stored = new Map<string, string>();
  private readonly hashes = new WeakMap<Scenario, string>();
  private problem: QueueProblem | null = null;
  private ready = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private idleSeconds: number | null = null;

  private constructor(
    private readonly link: RedisLink,
    private readonly control: Redis,
    private readonly queue: Queue,
    private readonly events: QueueEvents,
    readonly name: string,
    private readonly engineVersion: string,
  ) {}

  /** Connects to Redis and opens the run's queue; refuses a queue holding an earlier run unless resuming. */
  static async open(target: RedisTarget, name: string, options: QueueOpenOptions): Promise<ReplicationQueue> {
    let self: ReplicationQueue | null = null;
    let early: QueueProblem | null = null;
    const link = new RedisLink(target, (p) => (self === null ? (early = p) : self.lose(p)));
    const control = await link.connect();
    const connection = link.options();
    const queue = new Queue(name, { connection, prefix: QUEUE_PREFIX });
    const events = new QueueEvents(name, { connection, prefix: QUEUE_PREFIX });
    const q = new ReplicationQueue(link, control, queue, events, name, options.engineVersion ?? ENGINE_VERSION);
    self = q;
    if (early !== null) q.lose(early);
    queue.on("error", () => {});
    events.on("error", () => {});
    events.on("completed", ({ jobId: id, returnvalue }) => q.settle(id, returnvalue, null));
    events.on("failed", ({ jobId: id, failedReason }) => q.settle(id, null, failedReason));
    try {
      await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
      const counts = await queue.getJobCounts();
      const announced = (await control.hexists(RUNS_KEY, name)) === 1;
      const refusal = resumeRefusal(counts, announced, options.resume, name, target.shown);
      if (refusal !== null) throw refusal;
      await q.announce();
    } catch (e) {
      await q.shut();
      if (e instanceof QueueProblem) throw e;
      throw new QueueProblem(`lost Redis at ${target.shown} while opening the run's queue (${(e as Error).message})`);
    }
    control.on("ready", () => void q.reattach());
    q.ready = true;
    if (options.idleSeconds !== undefined) {
      q.idleSeconds = options.idleSeconds;
      q.watchIdle();
    }
    return q;
  }

  /** Computes one replication on the queue's workers. */
  run(request: QueueRequest): Promise<ReplicationOutput> {
    if (this.problem !== null) return Promise.reject(this.problem);
    let hash = this.hashes.get(request.scenario);
    if (hash === undefined) {
      hash = hashCanonical(request.scenario);
      this.hashes.set(request.scenario, hash);
    }
    const id = jobId(hash, request.seed, request.replication);
    const job: ReplicationJob = {
      engineVersion: this.engineVersion,
      scenarioHash: hash,
      seed: request.seed,
      setUp: request.setUp ?? 0,
      replication: request.replication,
    };
    const promise = new Promise<ReplicationOutput>((resolve, reject) => {
      const list = this.waiters.get(id) ?? [];
      list.push({ replication: request.replication, resolve, reject });
      this.waiters.set(id, list);
    });
    if (!this.requests.has(id)) {
      this.requests.set(id, job);
      const json = this.stored.has(hash) ? null : JSON.stringify(request.scenario);
      if (json !== null) this.stored.set(hash, json);
      void this.submit(id, job, json).catch((e: Error) => this.fail(id, e));
    }
    return promise;
  }

  /** Stops waiting and closes the connections; throws the QueueProblem if Redis was lost. */
  async close(): Promise<void> {
    await this.shut();
    if (this.problem !== null) throw this.problem;
  }

  /** After the results are written: removes the run's jobs, scenarios and entry from Redis. */
  static async discard(target: RedisTarget, name: string): Promise<void> {
    const link = new RedisLink(target, null);
    const control = await link.connect();
    const queue = new Queue(name, { connection: link.options(), prefix: QUEUE_PREFIX });
    queue.on("error", () => {});
    try {
      await control.hdel(RUNS_KEY, name);
      await queue.obliterate({ force: true });
      await control.del(scenariosKey(name));
    } finally {
      await queue.close();
      control.disconnect();
    }
  }

  /** Tells the workers about the run and stores its scenarios (again, after Redis came back). */
  private async announce(): Promise<void> {
    await this.control.hset(RUNS_KEY, this.name, JSON.stringify({ engineVersion: this.engineVersion }));
    if (this.stored.size > 0) await this.control.hset(scenariosKey(this.name), Object.fromEntries(this.stored));
  }

  private async submit(id: string, job: ReplicationJob, scenarioJson: string | null): Promise<void> {
    if (scenarioJson !== null) await this.control.hsetnx(scenariosKey(this.name), job.scenarioHash, scenarioJson);
    await this.queue.add("replication", job, { jobId: id, attempts: 1, removeOnComplete: false, removeOnFail: false });
    await this.check(id);
  }

  /** Settles a replication that finished before anyone listened (a resumed run, a missed event). */
  private async check(id: string): Promise<void> {
    const state = await this.queue.getJobState(id);
    if (state !== "completed" && state !== "failed") return;
    // Read once finished (a job read before it finished has no result yet).
    const job = await Job.fromId(this.queue, id);
    if (job === undefined) return;
    if (state === "completed") this.settle(id, job.returnvalue, null);
    else this.settle(id, null, job.failedReason);
  }

  /** After a reconnection: the run announced again, jobs Redis lost added again, finished ones settled. */
  private async reattach(): Promise<void> {
    if (!this.ready || this.problem !== null) return;
    try {
      await this.announce();
      await Promise.all(
        [...this.requests].map(([id, job]) =>
          this.queue
            .add("replication", job, { jobId: id, attempts: 1, removeOnComplete: false, removeOnFail: false })
            .then(() => this.check(id)),
        ),
      );
    } catch {
      // The connection went again: the next "ready" tries again, or the link gives up.
    }
  }

  /** (Re)starts the wait for the next finished replication, when --wait-for-workers bounds it. */
  private watchIdle(): void {
    if (this.idleSeconds === null) return;
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    const seconds = this.idleSeconds;
    this.idleTimer = setTimeout(() => {
      if (this.waiters.size === 0) return this.watchIdle();
      this.lose(
        new QueueProblem(
          `no replication finished in ${seconds} s (--wait-for-workers) while ${this.waiters.size} waited on ` +
            `the queue ${this.name} at ${this.link.target.shown}: is a \`clientflow worker --queue\` running ` +
            "against it? No results file was written; the replications finished so far stay in Redis: " +
            "start a worker and run the same command with --resume",
        ),
      );
    }, seconds * 1000);
  }

  private settle(id: string, returnvalue: unknown, failedReason: string | null): void {
    const list = this.waiters.get(id);
    if (list === undefined) return;
    this.watchIdle();
    this.waiters.delete(id);
    this.requests.delete(id);
    for (const w of list) {
      if (failedReason !== null) {
        w.reject(new Error(failedReason));
        continue;
      }
      try {
        const output = decodeOutput(returnvalue, id);
        if (output.replication !== w.replication) throw new Error(`job ${id} returned another replication`);
        w.resolve(output);
      } catch (e) {
        w.reject(e as Error);
      }
    }
  }

  private fail(id: string, e: Error): void {
    const list = this.waiters.get(id) ?? [];
    this.waiters.delete(id);
    this.requests.delete(id);
    for (const w of list)
      w.reject(this.problem ?? new QueueProblem(`Redis at ${this.link.target.shown}: ${e.message}`));
  }

  private lose(problem: QueueProblem): void {
    if (this.problem !== null) return;
    this.problem = problem;
    for (const id of [...this.waiters.keys()]) this.fail(id, problem);
  }

  private async shut(): Promise<void> {
    this.ready = false;
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const quiet = (p: Promise<unknown>) => p.catch(() => {});
    if (this.problem !== null) {
      // Redis is gone: stop BullMQ's loops (close) and drop the connections without a goodbye.
      // Neither is awaited: BullMQ waits for a connection that will not come back, and the
      // connections have stopped retrying, so nothing keeps the process alive.
      for (const part of [this.events, this.queue]) {
        void quiet(part.close());
        void quiet(part.disconnect());
      }
      this.control.disconnect();
      return;
    }
    await Promise.all([quiet(this.events.close()), quiet(this.queue.close())]);
    this.control.disconnect();
  }
}
