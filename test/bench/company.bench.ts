/**
 * Benchmark: one simulated year of the default company (scenarios/default.json with 365 days,
 * no warm-up), one replication, timed inside the process: contacts and events per second and the
 * wall time of the year. Target: under one second.
 */
import { loadScenario } from "../../engine/node/loadScenario.js";
import { runReplication } from "../../engine/run/index.js";
import { buildModel } from "../../engine/scenario/index.js";
import { valueOf } from "../../engine/results/index.js";

export interface CompanyYearResult {
  days: number;
  contacts: number;
  events: number;
  seconds: number;
  contactsPerSecond: number;
  eventsPerSecond: number;
  heapUsedMiB: number;
}

export function benchCompanyYear(days = 365, repeats = 3): CompanyYearResult {
  const { scenario } = loadScenario("scenarios/default.json");
  const spec = buildModel({ ...scenario, calendar: { ...scenario.calendar, days, warmupDays: 0 } });
  let best: { seconds: number; contacts: number; events: number } | null = null;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const out = runReplication(spec, "bench", i + 1);
    const seconds = (performance.now() - t0) / 1000;
    const contacts = valueOf(out.values, { scope: "overall", measure: "arrivals" }) as number;
    if (best === null || seconds < best.seconds) best = { seconds, contacts, events: out.events };
  }
  globalThis.gc?.();
  return {
    days,
    contacts: best!.contacts,
    events: best!.events,
    seconds: best!.seconds,
    contactsPerSecond: best!.contacts / best!.seconds,
    eventsPerSecond: best!.events / best!.seconds,
    heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
  };
}
