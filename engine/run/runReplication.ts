import { Replication, replicationValues, type ModelSpec } from "../model/index.js";
import type { ReplicationRow, TraceData } from "../results/index.js";

export interface ReplicationOutput {
  replication: number;
  /** The replication's rows of the results table, in the order written. */
  values: ReplicationRow[];
  /** Events fired by the kernel. */
  events: number;
  trace: TraceData | null;
}

/** A replication that failed, with what is needed to replay it. */
export class ReplicationError extends Error {
  constructor(
    readonly seed: string,
    readonly replication: number,
    readonly engineVersion: string,
    readonly scenarioHash: string,
    override readonly cause: unknown,
  ) {
    super(
      `replication ${replication} failed (seed "${seed}", engine ${engineVersion}, scenario ${scenarioHash}): ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
    this.name = "ReplicationError";
  }
}

/** Runs replication number `replication` (1-based) of a model with the given seed. */
export function runReplication(spec: ModelSpec, seed: string, replication: number): ReplicationOutput {
  const rep = new Replication(spec, seed, replication);
  const events = rep.run();
  const trace: TraceData | null =
    rep.trace === null
      ? null
      : {
          replication,
          truncated: rep.trace.truncated,
          pools: spec.pools.map((p) => p.name),
          agents: rep.agents.map((a) => a.name),
          events: rep.trace.events,
          contacts: rep.trace.contacts,
        };
  return { replication, values: replicationValues(rep), events, trace };
}
