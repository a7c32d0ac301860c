/**
 * Benchmark: one simulated year of the default company (scenarios/default.json with 365 days,
 * no warm-up), one replication at a time, timed inside the process: contacts and events per
 * second and the time of a year, as wall seconds (best of the repeats) and as CPU seconds of this
 * process (median of the repeats; other work on a busy machine does not count, the compiler's
 * and garbage collector's threads do). Target: under 0.5 s per replication.
 */
import { loadScenario } from "../../engine/node/loadScenario.js";
import { runReplication } from "../../engine/run/index.js";
import { buildModel } from "../../engine/scenario/index.js";
import { valueOf } from "../../engine/results/index.js";

export interface CompanyYearResult {
  days: number;
  repeats: number;
  contacts: number;
  events: number;
  /** Best wall seconds of one replication. */
  seconds: number;
  /** Median CPU seconds of one replication. */
  medianCpuSeconds: number;
  contactsPerSecond: number;
  eventsPerSecond: number;
  heapUsedMiB: number;
}

export function benchCompanyYear(days = 365, repeats = 3): CompanyYearResult {
  const { scenario } = loadScenario("scenarios/default.json");
  const spec = buildModel({ ...scenario, calendar: { ...scenario.calendar, days, warmupDays: 0 } });
  let best: { seconds: number; contacts: number; events: number } | null = null;
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = runReplication(spec, "bench", i + 1);
    const seconds = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    const contacts = valueOf(out.values, { scope: "overall", measure: "arrivals" }) as number;
    if (best === null || seconds < best.seconds) best = { seconds, contacts, events: out.events };
  }
  cpu.sort((a, b) => a - b);
  globalThis.gc?.();
  return {
    days,
    repeats,
    contacts: best!.contacts,
    events: best!.events,
    seconds: best!.seconds,
    medianCpuSeconds: cpu[Math.floor(cpu.length / 2)]!,
    contactsPerSecond: best!.contacts / best!.seconds,
    eventsPerSecond: best!.events / best!.seconds,
    heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
  };
}
