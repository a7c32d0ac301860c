import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's redis-server (apt-get install redis-server); REDIS_SERVER_PATH overrides it. */
export const REDIS_SERVER = process.env["REDIS_SERVER_PATH"] ?? "redis-server";

/** CI sets this so that a missing redis-server fails the run instead of skipping the queue tests. */
export const REDIS_REQUIRED = process.env["CLIENTFLOW_REQUIRE_REDIS"] === "1";

export const HAS_REDIS = spawnSync(REDIS_SERVER, ["--version"], { stdio: "ignore" }).status === 0;

/** A redis-server of a test's own: on a free loopback port, its files in a temporary folder. */
export interface RedisServer {
  port: number;
  url: string;
  /** Stops the server (and waits for it to exit); its folder is removed. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function launch(port: number, dir: string): Promise<ChildProcess | null> {
  const child = spawn(
    REDIS_SERVER,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Ready to accept connections")) resolve(child);
    });
    child.stderr!.resume();
    child.once("exit", () => resolve(null));
  });
}

/** Starts a redis-server on a free loopback port (another port if that one was taken meanwhile). */
export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), "clientflow-redis-"));
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = await launch(port, dir);
    if (child === null) continue;
    return {
      port,
      url: `redis://127.0.0.1:${port}`,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGKILL");
          await exited;
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`${REDIS_SERVER} did not start on a free port`);
}
