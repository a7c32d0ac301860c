// Preloaded (`node --import`) into a process the benchmark times: at exit it writes the
// process's own CPU seconds (user + system, all threads) and peak resident memory in MiB to
// the file named by CLIENTFLOW_BENCH_CPU_FILE, so a busy machine's waits are not counted.
import { writeFileSync } from "node:fs";

const file = process.env.CLIENTFLOW_BENCH_CPU_FILE;
if (file)
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    writeFileSync(file, JSON.stringify({ cpuSeconds, peakRssMiB: usage.maxRSS / 1024 }));
  });
