/**
 * Benchmark: how long the compiled `clientflow` command takes as a whole process, from start to
 * exit (the median of several starts): `--help` (target under 0.2 s) and `erlang` on a small count
 * (target under 0.5 s). Needs dist/ (`npm run bench` builds it first).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const BIN = "engine/node/bin/clientflow.mjs";

export interface StartupResult {
  command: string;
  starts: number;
  medianSeconds: number;
  minSeconds: number;
  targetSeconds: number;
}

function time(args: string[], starts: number, targetSeconds: number): StartupResult {
  const seconds: number[] = [];
  for (let i = 0; i < starts; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
    seconds.push((performance.now() - t0) / 1000);
    if (r.status !== 0) throw new Error(`clientflow ${args.join(" ")} failed:\n${r.stderr}`);
  }
  seconds.sort((a, b) => a - b);
  return {
    command: `clientflow ${args.join(" ")}`,
    starts,
    medianSeconds: seconds[Math.floor(starts / 2)]!,
    minSeconds: seconds[0]!,
    targetSeconds,
  };
}

export function benchStartup(quick = false): StartupResult[] {
  if (!existsSync("dist/cli/main.js")) throw new Error("the startup benchmark needs dist/: run `npm run build`");
  const starts = quick ? 3 : 9;
  return [
    time(["--help"], starts, 0.2),
    time(
      [
        "erlang",
        "--agents",
        "3",
        "--arrivals-per-hour",
        "120",
        "--aht",
        "60",
        "--customers",
        "1000",
        "--replications",
        "2",
      ],
      starts,
      0.5,
    ),
  ];
}
