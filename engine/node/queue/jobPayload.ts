/**
 * What a job of the queue carries: data only, never code, and nothing a results file would not
 * show. The scenario itself is stored once per run under its hash (see queueNames.scenariosKey).
 */
export interface ReplicationJob {
  /** The engine that must compute it; a worker of another version refuses the job. */
  engineVersion: string;
  /** "sha256:…" of the scenario's canonical JSON. */
  scenarioHash: string;
  seed: string;
  /** The set-up of the experiment (0 for a run): for messages only, the result does not depend on it. */
  setUp: number;
  /** 1-based. */
  replication: number;
}

/** A job's data as read from Redis, checked field by field; a message names what is wrong. */
export function readJobPayload(data: unknown): ReplicationJob {
  const d = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const text = (key: string, max: number) => {
    const v = d[key];
    if (typeof v !== "string" || v.length === 0 || v.length > max) throw new Error(`job data: ${key} must be a text`);
    return v;
  };
  const whole = (key: string, min: number) => {
    const v = d[key];
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > 1e9)
      throw new Error(`job data: ${key} must be a whole number from ${min}`);
    return v;
  };
  const engineVersion = text("engineVersion", 64);
  const scenarioHash = text("scenarioHash", 80);
  if (!/^sha256:[0-9a-f]{64}$/.test(scenarioHash)) throw new Error("job data: scenarioHash must be sha256:<64 hex>");
  return {
    engineVersion,
    scenarioHash,
    seed: text("seed", 10_000),
    setUp: whole("setUp", 0),
    replication: whole("replication", 1),
  };
}
