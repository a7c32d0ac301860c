import {
  rowId,
  rowLabel,
  type ExperimentFile,
  type RunFile,
  type ScenarioDefinition,
  type StaffingFile,
  type TraceDataOfFile as TraceData,
} from "../../engine/results/index.js";

/** A reference between sections of a results file that does not hold: where, and what was expected. */
export interface ReferenceProblem {
  path: string;
  message: string;
}

/**
 * The first broken reference of a run file: counts of replications, and a trace that names only
 * the scenario's pools, channels and segments, people and pools by a valid index, and times in
 * order (a trace goes on past the last day while the clients counted in the run finish).
 */
export function runReferenceProblem(file: RunFile): ReferenceProblem | null {
  const { replications } = file;
  return (
    countsProblem(file.metrics, replications, "") ??
    (file.trace === null ? null : traceProblem(file.trace, file.scenario.definition, replications))
  );
}

/**
 * The first broken reference of an experiment file: set-up names unique, differences, narrowing
 * and failures naming set-ups that exist, and shown metrics that the base reports.
 */
export function experimentReferenceProblem(file: ExperimentFile): ReferenceProblem | null {
  const names = new Set<string>();
  for (const [i, s] of file.setUps.entries()) {
    if (names.has(s.name)) return { path: `setUps[${i}].name`, message: `a name used once; found ${q(s.name)} twice` };
    names.add(s.name);
    const counts = countsProblem(s.metrics, file.replications, `setUps[${i}].`);
    if (counts !== null) return counts;
  }
  const base = file.setUps[0]!;
  const setUp = (n: string) => names.has(n) && n !== base.name;
  for (const [n, rows] of Object.entries(file.differences)) {
    if (!setUp(n)) return { path: `differences.${n}`, message: `a set-up other than the base; found ${q(n)}` };
    for (const [k, d] of rows.entries())
      if (d.difference !== null && d.difference.n > file.replications)
        return { path: `differences.${n}[${k}].difference.n`, message: `at most ${file.replications} replications` };
  }
  for (const n of Object.keys(file.narrowing ?? {}))
    if (!setUp(n)) return { path: `narrowing.${n}`, message: `a set-up other than the base; found ${q(n)}` };
  for (const [i, f] of (file.failures ?? []).entries()) {
    if (!names.has(f.setUp))
      return { path: `failures[${i}].setUp`, message: `a set-up of the file; found ${q(f.setUp)}` };
    if (f.replication > file.replications)
      return { path: `failures[${i}].replication`, message: `at most ${file.replications}; found ${f.replication}` };
  }
  const baseRows = new Set(base.metrics.map(rowId));
  for (const [i, m] of file.shownMetrics.entries())
    if (!baseRows.has(rowId(m)))
      return { path: `shownMetrics[${i}]`, message: `a row the base reports; found ${q(rowLabel(m, "en"))}` };
  return null;
}

/** The first broken reference of a staffing plan: each pool once, each interval of a pool once. */
export function staffingReferenceProblem(file: StaffingFile): ReferenceProblem | null {
  const pools = new Set<string>();
  for (const [i, p] of file.pools.entries()) {
    if (pools.has(p.pool)) return { path: `pools[${i}].pool`, message: `a pool named once; found ${q(p.pool)} twice` };
    pools.add(p.pool);
    const clocks = new Set<string>();
    for (const [k, interval] of p.intervals.entries()) {
      if (clocks.has(interval.interval))
        return {
          path: `pools[${i}].intervals[${k}].interval`,
          message: `an interval named once; found ${interval.interval} twice`,
        };
      clocks.add(interval.interval);
    }
  }
  if (file.check.intervalsMeetingTargets > file.check.intervals)
    return { path: "check.intervalsMeetingTargets", message: `at most check.intervals (${file.check.intervals})` };
  return null;
}

/** Rows named once each, with no more replications than the file ran. */
function countsProblem(metrics: RunFile["metrics"], replications: number, at: string): ReferenceProblem | null {
  const seen = new Set<string>();
  for (const [k, row] of metrics.entries()) {
    const id = rowId(row);
    if (seen.has(id))
      return { path: `${at}metrics[${k}]`, message: `a row named once; found ${q(rowLabel(row, "en"))} twice` };
    seen.add(id);
    if (row.summary !== null && row.summary.n > replications)
      return {
        path: `${at}metrics[${k}].summary.n`,
        message: `at most ${replications} replications; found ${row.summary.n}`,
      };
    if (row.values.length > replications)
      return {
        path: `${at}metrics[${k}].values`,
        message: `at most ${replications} values; found ${row.values.length}`,
      };
  }
  return null;
}

function traceProblem(trace: TraceData, definition: ScenarioDefinition, replications: number): ReferenceProblem | null {
  if (trace.replication > replications)
    return {
      path: "trace.replication",
      message: `a replication of the run (1 to ${replications}); found ${trace.replication}`,
    };
  const pools = new Set(definition.pools.map((p) => p.name));
  for (const [i, p] of trace.pools.entries())
    if (!pools.has(p)) return { path: `trace.pools[${i}]`, message: `a pool of the scenario; found ${q(p)}` };
  // No bound at the run's last day: a replication goes on past it until the clients it counted
  // have finished, and the trace follows them to the end (the schema bounds every time).
  let previous = 0;
  for (const [i, [time, , , agent, pool]] of trace.events.entries()) {
    if (time < previous)
      return {
        path: `trace.events[${i}][0]`,
        message: `a time at or after the previous event's (${previous}); found ${time}`,
      };
    previous = time;
    if (agent >= trace.agents.length)
      return {
        path: `trace.events[${i}][3]`,
        message: `-1 or the index of a traced person (below ${trace.agents.length}); found ${agent}`,
      };
    if (pool >= trace.pools.length)
      return {
        path: `trace.events[${i}][4]`,
        message: `-1 or the index of a traced pool (below ${trace.pools.length}); found ${pool}`,
      };
  }
  const channels = new Set(definition.channels.map((c) => c.name));
  const segments = new Set(definition.segments.map((s) => s.name));
  for (const [i, [, , channel, segment]] of trace.contacts.entries()) {
    if (!channels.has(channel))
      return { path: `trace.contacts[${i}][2]`, message: `a channel of the scenario; found ${q(channel)}` };
    if (!segments.has(segment))
      return { path: `trace.contacts[${i}][3]`, message: `a segment of the scenario; found ${q(segment)}` };
  }
  return null;
}

const q = (s: string) => JSON.stringify(s);
