/**
 * Benchmark: the marginal throughput of M/M/20 at 90% load through the compiled `clientflow
 * erlang` command (whole processes, two replications each, no warm-up), beside the plain loop of
 * mmcHandLoop.ts on the same model in this process, alternating with it. Marginal: the extra
 * customers of the larger run over its extra CPU seconds, so start-up, scenario building and the
 * report cancel out (the plain loop has no start-up: its customers over its CPU seconds at the
 * larger size, after a warm-up run). CPU seconds (user + system) rather than wall time, so that other work on
 * the machine does not count. Target: the engine at least 0.8 of the plain loop. The command's
 * peak resident memory at both sizes shows that memory does not grow with the customers.
 * A second yardstick, the plain loop that also keeps the engine's figures and draws its common
 * random numbers (mmcHandLoopWithStatistics.ts), splits the gap into what the figures cost and
 * what the engine's generality costs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mmcHandLoop } from "./mmcHandLoop.js";
import { mmcHandLoopWithStatistics } from "./mmcHandLoopWithStatistics.js";

const BIN = "engine/node/bin/clientflow.mjs";
const CPU_REPORT = "test/bench/cpuReport.mjs";
const REPLICATIONS = 2;

export interface ErlangMarginalResult {
  /** Customers per replication of the small and the large run. */
  smallCustomers: number;
  largeCustomers: number;
  repeats: number;
  /** Medians over the repeats, in customers per CPU second. */
  engineCustomersPerSecond: number;
  handLoopCustomersPerSecond: number;
  /** Median over the repeats of (engine / plain loop), each repeat measured side by side. */
  ratioToHandLoop: number;
  /** The same for the plain loop that keeps the engine's statistics. */
  statisticsLoopCustomersPerSecond: number;
  ratioToStatisticsLoop: number;
  /**
   * Median over the repeats of (the loop that keeps the figures / the plain loop), side by side:
   * the most the first ratio could be for any engine that keeps the engine's figures.
   */
  statisticsLoopToHandLoop: number;
  /** Every repeat's ratio, in the order run. */
  ratios: number[];
  /** Peak resident memory of the command, in MiB (median over the repeats). */
  smallPeakRssMiB: number;
  largePeakRssMiB: number;
}

interface ProcessCost {
  cpuSeconds: number;
  peakRssMiB: number;
}

function erlangProcess(customers: number, dir: string): ProcessCost {
  const file = join(dir, "cpu.json");
  const args = [
    "--import",
    `./${CPU_REPORT}`,
    BIN,
    "erlang",
    "--agents",
    "20",
    "--arrivals-per-hour",
    "1080",
    "--aht",
    "60",
    "--customers",
    String(customers),
    "--warmup-customers",
    "0",
    "--replications",
    String(REPLICATIONS),
    "--json",
  ];
  const r = spawnSync(process.execPath, args, {
    encoding: "utf8",
    env: { ...process.env, CLIENTFLOW_BENCH_CPU_FILE: file },
  });
  if (r.status !== 0) throw new Error(`clientflow erlang failed:\n${r.stderr}`);
  // The command falls back to the TypeScript sources when one is newer than dist/: not the engine to time.
  if (r.stderr.includes("running them through tsx"))
    throw new Error("the erlang benchmark needs an up-to-date dist/: run `npm run build`");
  return JSON.parse(readFileSync(file, "utf8")) as ProcessCost;
}

function handLoopCpuSeconds(customers: number, loop: typeof mmcHandLoop = mmcHandLoop): number {
  const t0 = process.cpuUsage();
  loop(customers, 20, 18 / 60, 60);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

const statisticsLoop = (customers: number, servers: number, rate: number, mean: number): number =>
  mmcHandLoopWithStatistics(customers, servers, rate, mean).meanWaitSeconds;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function benchErlangMarginal(small: number, large: number, repeats: number): ErlangMarginalResult {
  if (!existsSync("dist/cli/main.js")) throw new Error("the erlang benchmark needs dist/: run `npm run build`");
  const dir = mkdtempSync(join(tmpdir(), "clientflow-bench-"));
  const engine: number[] = [];
  const hand: number[] = [];
  const ratios: number[] = [];
  const statistics: number[] = [];
  const statisticsRatios: number[] = [];
  const ceilings: number[] = [];
  const smallRss: number[] = [];
  const largeRss: number[] = [];
  try {
    // Warms the plain loops up, as the command's first replication warms the engine.
    handLoopCpuSeconds(REPLICATIONS * large);
    handLoopCpuSeconds(REPLICATIONS * large, statisticsLoop);
    for (let i = 0; i < repeats; i++) {
      const a = erlangProcess(small, dir);
      const b = erlangProcess(large, dir);
      const h = (REPLICATIONS * large) / handLoopCpuSeconds(REPLICATIONS * large);
      const s = (REPLICATIONS * large) / handLoopCpuSeconds(REPLICATIONS * large, statisticsLoop);
      const e = (REPLICATIONS * (large - small)) / (b.cpuSeconds - a.cpuSeconds);
      engine.push(e);
      hand.push(h);
      ratios.push(e / h);
      statistics.push(s);
      statisticsRatios.push(e / s);
      ceilings.push(s / h);
      smallRss.push(a.peakRssMiB);
      largeRss.push(b.peakRssMiB);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    smallCustomers: small,
    largeCustomers: large,
    repeats,
    engineCustomersPerSecond: median(engine),
    handLoopCustomersPerSecond: median(hand),
    ratioToHandLoop: median(ratios),
    ratios,
    statisticsLoopCustomersPerSecond: median(statistics),
    ratioToStatisticsLoop: median(statisticsRatios),
    statisticsLoopToHandLoop: median(ceilings),
    smallPeakRssMiB: median(smallRss),
    largePeakRssMiB: median(largeRss),
  };
}
