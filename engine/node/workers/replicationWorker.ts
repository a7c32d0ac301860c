import { parentPort } from "node:worker_threads";
import type { ModelSpec } from "../../model/index.js";
import { runReplication } from "../../run/index.js";
import { buildModel, type Scenario } from "../../scenario/index.js";

/** A request to a worker: run one replication of a scenario (known by its hash). */
export interface WorkerRequest {
  id: number;
  scenarioHash: string;
  scenario: Scenario;
  seed: string;
  replication: number;
}

const models = new Map<string, ModelSpec>();

parentPort!.on("message", (m: WorkerRequest) => {
  try {
    let spec = models.get(m.scenarioHash);
    if (spec === undefined) {
      spec = buildModel(m.scenario);
      models.set(m.scenarioHash, spec);
    }
    parentPort!.postMessage({ id: m.id, output: runReplication(spec, m.seed, m.replication) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
