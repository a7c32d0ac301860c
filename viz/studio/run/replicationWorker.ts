import { buildModel, runReplication, type ModelSpec } from "../../../engine/index.js";
import type { PageWorkerAnswer, PageWorkerRequest } from "./workerMessages.js";

// A Web Worker that runs replications, as engine/node/workers/replicationWorker.ts does in Node:
// it builds each scenario's model once (by hash) and answers each request with its output.
const models = new Map<string, ModelSpec>();
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PageWorkerRequest>) => void) | null;
  postMessage(m: PageWorkerAnswer): void;
};

scope.onmessage = (e) => {
  const m = e.data;
  try {
    let spec = models.get(m.scenarioHash);
    if (spec === undefined) {
      spec = buildModel(m.scenario);
      models.set(m.scenarioHash, spec);
    }
    scope.postMessage({ id: m.id, output: runReplication(spec, m.seed, m.replication) });
  } catch (error) {
    scope.postMessage({ id: m.id, error: error instanceof Error ? error.message : String(error) });
  }
};
