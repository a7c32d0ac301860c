import { Worker } from "node:worker_threads";
import type { ReplicationOutput } from "../../run/index.js";
import type { WorkerRequest } from "./replicationWorker.js";

// Compiled (dist/), a worker runs the compiled module; from the sources (tests, tsx), worker.mjs
// loads them through tsx first.
const WORKER_ENTRY = new URL(
  import.meta.url.endsWith(".ts") ? "./worker.mjs" : "./replicationWorker.js",
  import.meta.url,
);

interface Pending {
  request: WorkerRequest;
  resolve: (o: ReplicationOutput) => void;
  reject: (e: Error) => void;
}

/**
 * A warm pool of worker threads that run replications: each worker loads the engine once and
 * keeps the models it has built; tasks wait in order for the next free worker. A worker that
 * crashes fails its task (the others go on) and is replaced.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly waiting: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1 || size > 256)
      throw new RangeError(`WorkerPool requires 1 to 256 workers, got ${size}`);
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  run(request: Omit<WorkerRequest, "id">): Promise<ReplicationOutput> {
    if (this.closed) return Promise.reject(new Error("WorkerPool.run after close"));
    return new Promise((resolve, reject) => {
      this.waiting.push({ request: { ...request, id: this.nextId++ }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    // A larger young generation: replications allocate many short-lived objects, and fewer
    // scavenges keep two workers from competing for the garbage collector's helper threads.
    const worker = new Worker(WORKER_ENTRY, {
      resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
    worker.on("message", (m: { id: number; output?: ReplicationOutput; error?: string }) => {
      const job = this.busy.get(worker);
      if (job === undefined) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.output!);
      this.dispatch();
    });
    worker.on("error", (e) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (job !== undefined) job.reject(e instanceof Error ? e : new Error(String(e)));
      if (!this.closed) {
        this.idle.push(this.spawn());
        this.dispatch();
      }
    });
    worker.unref();
    return worker;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.shift()!;
      const job = this.waiting.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage(job.request);
    }
    for (const w of this.idle) w.unref();
  }
}
