import { spawnSync } from "node:child_process";

/** Runs the `clientflow` command line as a user would; a non-zero exit throws with what it printed. */
export function clientflow(args: string[]): void {
  const r = spawnSync(process.execPath, ["engine/node/bin/clientflow.mjs", ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`clientflow ${args.join(" ")} failed:\n${r.stderr}`);
}
