import type { ReplicationOutput } from "../../../engine/index.js";
import type { PageWorkerAnswer, PageWorkerRequest } from "./workerMessages.js";

interface Pending {
  request: PageWorkerRequest;
  resolve: (o: ReplicationOutput) => void;
  reject: (e: Error) => void;
}

/** The error of every replication left when a run in the page is cancelled. */
export class RunCancelled extends Error {
  constructor() {
    super("the run was cancelled");
    this.name = "RunCancelled";
  }
}

/** Web Workers by default: one per core the browser reports. */
export function pageWorkers(): number {
  return Math.max(1, Math.min(64, navigator.hardwareConcurrency || 1));
}

/**
 * A pool of Web Workers that run replications (the page's counterpart of engine/node's
 * WorkerPool): tasks wait in order for the next free worker; `cancel` ends every worker at once
 * and fails what was left with RunCancelled.
 */
export class PageWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly waiting: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1 || size > 64)
      throw new RangeError(`PageWorkerPool requires 1 to 64 workers, got ${size}`);
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  run(request: Omit<PageWorkerRequest, "id">): Promise<ReplicationOutput> {
    if (this.closed) return Promise.reject(new RunCancelled());
    return new Promise((resolve, reject) => {
      this.waiting.push({ request: { ...request, id: this.nextId++ }, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends the workers; replications not finished fail with RunCancelled. */
  cancel(): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of [...this.idle, ...this.busy.keys()]) w.terminate();
    const left = [...this.busy.values(), ...this.waiting];
    this.busy.clear();
    this.waiting.length = 0;
    this.idle.length = 0;
    for (const job of left) job.reject(new RunCancelled());
  }

  private spawn(): Worker {
    const worker = new Worker(new URL("./replicationWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<PageWorkerAnswer>) => {
      const job = this.busy.get(worker);
      if (job === undefined) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      if ("error" in e.data) job.reject(new Error(e.data.error));
      else job.resolve(e.data.output);
      this.dispatch();
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      worker.terminate();
      if (job !== undefined) job.reject(new Error(e.message || "a page worker failed"));
      if (!this.closed) {
        this.idle.push(this.spawn());
        this.dispatch();
      }
    };
    return worker;
  }

  private dispatch(): void {
    while (!this.closed && this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.shift()!;
      const job = this.waiting.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.request);
    }
  }
}
