import { dsvFormat } from "d3";
import { createSampler, namedStream } from "../../engine/random/index.js";
import { runScenario } from "../../engine/run/index.js";
import type { Scenario } from "../../engine/scenario/index.js";

/** The seed of the shipped samples. */
export const SAMPLE_SEED = "calibration";
/** Day 1 of the run is this date (a Monday, as the generator scenario's startWeekday). */
const FIRST_DAY_MS = Date.UTC(2024, 0, 1);

/**
 * Rows a real export has and the calibration must count and show, never use: appended to the
 * calls (an unreadable time, a negative wait, an unknown outcome).
 */
export const BAD_CALL_ROWS = [
  ["yesterday 10:00", "answered", "5", "60", "100", "retail"],
  ["2024-01-02 10:00:00", "answered", "-3", "60", "100", "retail"],
  ["2024-01-02 10:05:00", "transferred", "5", "60", "100", "retail"],
];

const pad = (n: number) => String(n).padStart(2, "0");

/** The date and time of second `t` of the run: ISO ("2024-01-01 09:15:30") or Russian ("01.01.2024 09:15"). */
function stamp(t: number, russian: boolean): string {
  const d = new Date(FIRST_DAY_MS + Math.floor(t) * 1000);
  const [y, m, day, h, mi, s] = [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ];
  return russian
    ? `${pad(day)}.${pad(m)}.${y} ${pad(h)}:${pad(mi)}`
    : `${y}-${pad(m)}-${pad(day)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/**
 * Makes sample records from a scenario with known parameters by running replication 1 of it
 * with a trace from the start: a call row per call that was answered (wait until the answer,
 * talk until the service ended) or abandoned (wait until the caller hung up), in ISO times with
 * commas; a visit row per served visit in Russian form ("DD.MM.YYYY HH:MM", semicolons, decimal
 * commas), with the amount of its deal (drawn from the segment's deal value on a stream of its
 * own, in contact order, since the trace holds no amounts) or empty for a visit without one.
 */
export function calibrationSamples(scenario: Scenario): { calls: string; visits: string } {
  const { trace } = runScenario(scenario, { seed: SAMPLE_SEED, replications: 1, scenarioHash: "samples" });
  if (trace === null || trace.truncated) throw new Error("calibrationSamples needs a whole trace from the start");
  const who = new Map(trace.contacts.map(([id, , channel, segment]) => [id, { channel, segment }]));
  const kindOf = new Map(scenario.channels.map((c) => [c.name, c.kind]));
  const times = new Map<
    number,
    { arrive?: number; answer?: number; end?: number; abandoned?: number; deal?: boolean }
  >();
  for (const [time, what, id] of trace.events) {
    if (id < 0) continue;
    const t = times.get(id) ?? {};
    times.set(id, t);
    if (what === "arrive") t.arrive = time;
    else if (what === "answer" && t.answer === undefined) t.answer = time;
    else if (what === "service-end") t.end = time;
    else if (what === "abandoned") t.abandoned = time;
    else if (what === "deal") t.deal = true;
  }
  const values = new Map(
    scenario.segments.flatMap((s) => (s.deal ? [[s.name, createSampler(s.deal.value)] as const] : [])),
  );
  const amounts = namedStream(SAMPLE_SEED, 1, "deal-values");
  const calls: string[][] = [];
  const visits: string[][] = [];
  for (const [id, t] of [...times.entries()].sort((a, b) => a[0] - b[0])) {
    const c = who.get(id);
    if (c === undefined || t.arrive === undefined) continue;
    if (kindOf.get(c.channel) === "phone") {
      if (t.answer !== undefined && t.end !== undefined) {
        calls.push([
          stamp(t.arrive, false),
          "answered",
          (t.answer - t.arrive).toFixed(1),
          (t.end - t.answer).toFixed(1),
          "100",
          c.segment,
        ]);
      } else if (t.abandoned !== undefined) {
        calls.push([stamp(t.arrive, false), "abandoned", (t.abandoned - t.arrive).toFixed(1), "", "100", c.segment]);
      }
    } else if (t.end !== undefined) {
      const amount = t.deal === true ? values.get(c.segment)!.quantile(amounts()).toFixed(2).replace(".", ",") : "";
      visits.push([stamp(t.arrive, true), c.segment, amount]);
    }
  }
  const callText = dsvFormat(",").formatRows([
    ["Start", "Outcome", "Wait", "Talk", "Extension", "Segment"],
    ...calls,
    ...BAD_CALL_ROWS,
  ]);
  const visitText = dsvFormat(";").formatRows([["Время", "Сегмент", "Сумма"], ...visits]);
  return { calls: `${callText}\n`, visits: `${visitText}\n` };
}
