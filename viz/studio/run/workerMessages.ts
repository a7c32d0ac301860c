import type { ReplicationOutput, Scenario } from "../../../engine/index.js";

/** A request to a page worker: run one replication of a scenario (known by its hash). */
export interface PageWorkerRequest {
  id: number;
  scenarioHash: string;
  scenario: Scenario;
  seed: string;
  replication: number;
}

/** A page worker's answer: the replication's output, or the message of its error. */
export type PageWorkerAnswer = { id: number; output: ReplicationOutput } | { id: number; error: string };
