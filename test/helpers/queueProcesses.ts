import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { BIN } from "./clientflow.js";

/** A `clientflow` process running beside the test, and what it printed once it ends. */
export interface Running {
  child: ChildProcess;
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** What it has printed on stdout so far. */
  stdout(): string;
}

/** Starts the compiled command line in a process of its own (without waiting for it). */
export function startClientflow(...args: string[]): Running {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, ended, stdout: () => stdout };
}

/** How long `until` waits before it calls the wait a hang, in milliseconds (far above any need). */
const UNTIL_HANG_MS = 120_000;

/** Waits (polling every 50 ms) until `check` is true; throws after UNTIL_HANG_MS, naming `what`. */
export async function until(check: () => boolean | Promise<boolean>, what = "a condition"): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > UNTIL_HANG_MS) throw new Error(`waited ${UNTIL_HANG_MS / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts `clientflow worker` on a queue and waits until it has said it is taking jobs. */
export async function startWorker(url: string, ...args: string[]): Promise<Running> {
  const worker = startClientflow("worker", "--queue", url, "--workers", "1", ...args);
  let ended = false;
  void worker.ended.then(() => (ended = true));
  await until(() => ended || worker.stdout().includes("taking jobs from"), "the worker to take jobs");
  if (ended) throw new Error(`clientflow worker ended at once:\n${(await worker.ended).stderr}`);
  return worker;
}

/** Stops a worker as Ctrl-C would, and waits for it to end. */
export async function stopWorker(worker: Running): Promise<void> {
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGTERM");
  await worker.ended;
}

/**
 * A small experiment for the queue's tests: the default company for two weeks (one of warm-up),
 * its base and two variants, three replications: nine jobs.
 */
export function smallExperiment(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/small.json`,
    JSON.stringify({
      extends: "../../scenarios/default.json",
      changes: [
        { set: "calendar.days", value: 14 },
        { set: "calendar.warmupDays", value: 7 },
      ],
    }),
  );
  writeFileSync(
    `${dir}/experiment.json`,
    JSON.stringify({
      name: "queue test",
      base: "small.json",
      variants: [
        { name: "handover after deal 2", changes: [{ set: "handover.afterDeal", value: 2 }] },
        {
          name: "one more consultant",
          changes: [
            {
              add: "pools[consultants].staff",
              value: {
                name: "Consultant 4",
                role: "consultant-merchandiser",
                shift: { start: "11:00", end: "19:00" },
                hourlyCost: 380,
              },
            },
          ],
        },
      ],
      replications: 3,
      seed: "7",
    }),
  );
  return `${dir}/experiment.json`;
}
