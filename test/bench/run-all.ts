/**
 * `npm run bench`: performance goals live here, never in timed tests. Prints a table and
 * writes out/bench.json. `--quick` runs smaller sizes (used to check that the benchmark runs).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { benchCompanyYear } from "./company.bench.js";
import { benchErlangMarginal } from "./erlangMarginal.bench.js";
import { benchMmc } from "./mmc.bench.js";
import { benchQueue } from "./queue.bench.js";
import { benchStartup } from "./startup.bench.js";
import { benchWorkers } from "./workers.bench.js";

const quick = process.argv.includes("--quick");
const lines: string[] = [];
const report: Record<string, unknown> = {};

// First, while nothing else of the benchmark is in memory: the command line as whole processes.
const startup = benchStartup(quick);
report.startup = startup;
for (const s of startup)
  lines.push(
    `${s.command}: ${s.medianSeconds.toFixed(3)} s median of ${s.starts} starts, ${s.minSeconds.toFixed(3)} s best ` +
      `(whole process; target under ${s.targetSeconds} s)`,
  );

// The command as whole processes, beside the plain loop: the ratio the engine's speed is judged by.
const erlang = benchErlangMarginal(100_000, quick ? 600_000 : 1_500_000, quick ? 1 : 7);
report.erlangMarginal = { ...erlang, targetRatio: 0.8 };
lines.push(
  `M/M/20 at 90% load through \`clientflow erlang\` (2 replications of ${erlang.smallCustomers.toLocaleString("en-US")} ` +
    `and of ${erlang.largeCustomers.toLocaleString("en-US")} customers, marginal, CPU seconds): ` +
    `${Math.round(erlang.engineCustomersPerSecond).toLocaleString("en-US")} customers/s median of ${erlang.repeats}; ` +
    `the plain loop alternating with it: ${Math.round(erlang.handLoopCustomersPerSecond).toLocaleString("en-US")}/s; ` +
    `engine / plain loop ${erlang.ratioToHandLoop.toFixed(2)} (target at least 0.8)`,
  `  peak memory of the command: ${erlang.smallPeakRssMiB.toFixed(0)} MiB at ${erlang.smallCustomers.toLocaleString("en-US")} customers, ` +
    `${erlang.largePeakRssMiB.toFixed(0)} MiB at ${erlang.largeCustomers.toLocaleString("en-US")} (target: no growth with the customers)`,
  `  the plain loop that also keeps the engine's figures and draws its 5 uniforms per customer: ` +
    `${Math.round(erlang.statisticsLoopCustomersPerSecond).toLocaleString("en-US")}/s; engine / that loop ${erlang.ratioToStatisticsLoop.toFixed(2)}; ` +
    `that loop / the plain loop ${erlang.statisticsLoopToHandLoop.toFixed(2)} (the most engine / plain loop can be while keeping the figures)`,
);

const small = benchMmc(quick ? 25_000 : 250_000, quick ? 1 : 3);
const large = benchMmc(quick ? 100_000 : 1_000_000, quick ? 1 : 5);
report.mmc = { small, large, targetCustomersPerSecond: 2_000_000 };
lines.push(
  `M/M/20 at 90% load in this process, ${large.customers.toLocaleString("en-US")} customers, one replication: ` +
    `${Math.round(large.customersPerSecond).toLocaleString("en-US")} customers/s best, ` +
    `${Math.round(large.medianCustomersPerSecond).toLocaleString("en-US")} median of 5 (target 2,000,000)`,
  `  the plain loop of the same model, alternating with it: ${Math.round(large.handLoopCustomersPerSecond).toLocaleString("en-US")} customers/s median; ` +
    `engine / plain loop ${large.ratioToHandLoop.toFixed(2)} (wall time)`,
  `  heap after ${small.customers.toLocaleString("en-US")} customers: ${small.heapUsedMiB.toFixed(1)} MiB; ` +
    `after ${large.customers.toLocaleString("en-US")}: ${large.heapUsedMiB.toFixed(1)} MiB; peak RSS ${large.peakRssMiB.toFixed(0)} MiB`,
);

const year = benchCompanyYear(quick ? 28 : 365, quick ? 1 : 5);
report.companyYear = { ...year, targetSeconds: 0.5 };
lines.push(
  `Default company, ${year.days} days, one replication: ${year.medianCpuSeconds.toFixed(2)} CPU s median of ${year.repeats}, ` +
    `${year.seconds.toFixed(2)} s wall best (target under 0.5 s), ` +
    `${year.contacts.toLocaleString("en-US")} contacts, ${Math.round(year.contactsPerSecond).toLocaleString("en-US")} contacts/s, ` +
    `${Math.round(year.eventsPerSecond).toLocaleString("en-US")} events/s, heap ${year.heapUsedMiB.toFixed(1)} MiB`,
);

const workers = await benchWorkers(quick ? 4 : 20, quick ? 28 : 365);
report.workers = { ...workers, targetSpeedup: 1.7 };
lines.push(
  `Default company, ${workers.replications} replications of ${workers.days} days: ` +
    `${workers.replicationsPerSecond[1]!.toFixed(2)} replications/s with 1 worker, ` +
    `${workers.replicationsPerSecond[2]!.toFixed(2)} with 2: ${workers.speedup.toFixed(2)}x on a warm pool ` +
    `(${workers.speedupWithStartUp.toFixed(2)}x counting start-up; target 1.7x, ${workers.cores} cores)`,
);

const queue = await benchQueue(quick ? 40 : 400, quick ? 2 : 8);
report.queue = queue;
if (queue === null) lines.push("Redis queue: skipped (no redis-server)");
else
  lines.push(
    `Redis queue, one clientflow worker with 2 threads: ${Math.round(queue.tinyJobsPerSecond)} tiny jobs/s ` +
      `(${Math.round(queue.tinyJobsPerSecondLocal)}/s on 2 local threads); ${queue.years} company-years: ` +
      `${queue.yearSecondsQueue.toFixed(2)} s through the queue, ${queue.yearSecondsLocal.toFixed(2)} s on 2 local threads ` +
      `(overhead ${(queue.overhead * 100).toFixed(1)}%)`,
  );

// Loaded last, so that the browser driver's code is not in the heap measured above.
const { benchViewer } = await import("./viewer.bench.js");
const viewer = await benchViewer(quick);
report.viewer = viewer;
if (viewer === null) lines.push("Viewer: skipped (no chromium)");
else
  for (const v of viewer) {
    const slowest = Object.entries(v.viewMs).sort((a, b) => b[1] - a[1])[0]!;
    lines.push(
      `Viewer, ${v.file} (report ${v.sizeMiB.toFixed(1)} MiB): first chart after ${Math.round(v.firstChartMs)} ms; ` +
        `views drawn in ${Object.values(v.viewMs)
          .map((ms) => Math.round(ms))
          .join("/")} ms (slowest: ${slowest[0]}, ${Math.round(slowest[1])} ms)`,
    );
  }

const { benchStudio } = await import("./studio.bench.js");
const studio = await benchStudio(quick ? 2 : 10, quick ? 1 : 3);
report.studio = studio === null ? null : { ...studio, targetRatio: 2 };
lines.push(
  studio === null
    ? "Studio: skipped (no chromium)"
    : `Studio, default company, ${studio.replications} replications: clientflow run ${studio.cliSeconds.toFixed(2)} s, ` +
        `in the page ${studio.pageSeconds.toFixed(2)} s (page / command line ${studio.ratio.toFixed(2)}, target at most 2); ` +
        `static site ${studio.siteFiles} files, ${(studio.siteBytes / 1024).toFixed(0)} KiB`,
);

process.stdout.write(`${lines.join("\n")}\n`);
mkdirSync("out", { recursive: true });
writeFileSync("out/bench.json", `${JSON.stringify(report, null, 1)}\n`);
