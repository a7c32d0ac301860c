import { Redis, type RedisOptions } from "ioredis";
import { QueueProblem } from "./queueProblem.js";
import type { RedisTarget } from "./redisUrl.js";

/**
 * The connections of one producer or worker to Redis, and what happens when Redis goes away.
 * The first connection must succeed (else a clear error at once). A lost connection is retried:
 * by a worker for ever (it waits for Redis to come back), by a producer for the URL's
 * `reconnect` seconds, after which `onLost` is called once and every connection gives up.
 * BullMQ's own connections get the same options, so they give up together.
 */
export class RedisLink {
  private connected = false;
  private lostSince: number | null = null;
  private lastError = "";
  private gaveUp = false;

  constructor(
    readonly target: RedisTarget,
    private readonly onLost: ((problem: QueueProblem) => void) | null,
  ) {}

  /** ioredis options for a connection of this link (also given to BullMQ's queues and workers). */
  options(): Omit<RedisOptions, "retryStrategy"> & { retryStrategy: (times: number) => number | null } {
    return {
      ...this.target.options,
      connectTimeout: 5000,
      maxRetriesPerRequest: null,
      retryStrategy: (times) => this.retry(times),
    };
  }

  /** Opens the link's first connection; an unreachable Redis or a refused password is a QueueProblem. */
  async connect(): Promise<Redis> {
    const client = new Redis({ ...this.options(), lazyConnect: true });
    client.on("error", (e: Error) => {
      this.lastError = e.message;
    });
    client.on("ready", () => {
      this.lostSince = null;
    });
    try {
      await client.connect();
      await client.ping();
    } catch (e) {
      client.disconnect();
      throw new QueueProblem(
        `cannot reach Redis at ${this.target.shown} (${this.lastError || (e as Error).message || "no answer"})`,
      );
    }
    this.connected = true;
    return client;
  }

  /** Stops every connection of the link from reconnecting (when its owner stops). */
  stopRetrying(): void {
    this.gaveUp = true;
  }

  private retry(times: number): number | null {
    if (!this.connected || this.gaveUp) return null;
    const now = performance.now();
    this.lostSince ??= now;
    if (this.onLost === null) return Math.min(5000, 200 * times);
    if (now - this.lostSince < this.target.reconnectSeconds * 1000) return Math.min(1000, 100 * times);
    this.gaveUp = true;
    this.onLost(
      new QueueProblem(
        `lost the connection to Redis at ${this.target.shown} for more than ${this.target.reconnectSeconds} s` +
          `${this.lastError === "" ? "" : ` (${this.lastError})`}; no results file was written. ` +
          "The replications finished so far stay in Redis (if it kept its data): run the same command with --resume when it is back",
      ),
    );
    return null;
  }
}
