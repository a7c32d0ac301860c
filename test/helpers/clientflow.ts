import { spawnSync, type SpawnSyncReturns } from "node:child_process";

/** The `clientflow` command: it runs the compiled command line in dist/ (built by the tests' global set-up). */
export const BIN = "engine/node/bin/clientflow.mjs";

/** Runs the compiled command line in a process of its own, as a user would. */
export function clientflowProcess(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
}

/** Runs the compiled command line as a user would; a non-zero exit throws with what it printed. */
export function clientflow(args: string[]): void {
  const r = clientflowProcess(...args);
  if (r.status !== 0) throw new Error(`clientflow ${args.join(" ")} failed:\n${r.stderr}`);
}
