import { spawnSync, type SpawnSyncReturns } from "node:child_process";

/** The `clientflow` command: it runs the compiled command line in dist/ (built by the tests' global set-up). */
export const BIN = "engine/node/bin/clientflow.mjs";

/**
 * A bound against a hang only (a synchronous child blocks the test's own clock, so Vitest's
 * timeout cannot end it): far above any command a test runs, in milliseconds.
 */
export const COMMAND_HANG_MS = 300_000;

/** Runs the compiled command line in a process of its own, as a user would (killed if it hangs). */
export function clientflowProcess(...args: string[]): SpawnSyncReturns<string> {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: COMMAND_HANG_MS });
  if (r.error !== undefined && r.status === null)
    r.stderr = `${r.stderr ?? ""}\n[test] clientflow ${args.join(" ")} killed after ${COMMAND_HANG_MS / 1000} s (${r.error.message})\n`;
  return r;
}

/** Runs the compiled command line as a user would; a non-zero exit throws with what it printed. */
export function clientflow(args: string[]): void {
  const r = clientflowProcess(...args);
  if (r.status !== 0) throw new Error(`clientflow ${args.join(" ")} failed:\n${r.stderr}`);
}
