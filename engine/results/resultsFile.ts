import type { TraceContact, TraceEvent } from "./traceRows.js";
import type { MetricRow } from "./metricRow.js";
import type { RESULTS_FORMAT, RESULTS_VERSION } from "./resultsVersion.js";
/**
 * The largest results file written or read (500 MiB): under the longest string JavaScript can
 * build (2^29 - 24 characters), so a run the size estimate lets through never fails at the end
 * with "Invalid string length", and report, export and view read whatever a run writes.
 */
export const RESULTS_FILE_LIMIT_BYTES = 500 * 1024 * 1024;

export interface TraceData {
  replication: number;
  truncated: boolean;
  /** Names behind the indices in events. */
  pools: string[];
  agents: string[];
  /** [time in seconds, what, contact id, agent index or -1, pool index or -1]. */
  events: TraceEvent[];
  /** [contact id, client key, channel, segment, client status on arrival]. */
  contacts: TraceContact[];
}

/**
 * The results of running one scenario: raw, versioned data with everything a reader needs
 * and no timestamps, so the same scenario and seed always give the same bytes.
 */
/**
 * `Definition` is the scenario type (engine/scenario's `Scenario`); a parameter here so that the
 * results contract imports nothing of the model. `ScenarioResults` in engine/run fills it in.
 */
export interface RunResults<Definition = unknown> {
  format: typeof RESULTS_FORMAT;
  version: typeof RESULTS_VERSION;
  kind: "run";
  engine: { name: "clientflow"; version: string };
  scenario: {
    name: string;
    /** "sha256:" and the hex SHA-256 of the canonical JSON of `definition`. */
    hash: string;
    currency: string;
    /** The scenario as run, every default filled in. */
    definition: Definition;
  };
  seed: string;
  replications: number;
  observation: {
    mode: "days" | "arrivals";
    warmupDays: number | null;
    days: number | null;
    warmupArrivals: number | null;
    arrivals: number | null;
    intervalMinutes: number;
    thresholdsSeconds: number[];
  };
  /** One row per metric, in a fixed order: its columns, unit, summary and each replication's value. */
  metrics: MetricRow[];
  trace: TraceData | null;
}
