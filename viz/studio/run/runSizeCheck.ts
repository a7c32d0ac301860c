import { buildModel, estimateRun, runSizeProblem, type Scenario } from "../../../engine/index.js";

/**
 * The refusal `clientflow run` gives before any replication (engine/node/cli/runSize.ts): a run
 * whose replications would start too many contacts or whose results file would be too large.
 * Null when the run may go ahead. `traced`: the first scenario's trace is kept (a run).
 */
export function runSizeCheck(scenarios: readonly Scenario[], replications: number, traced: boolean): string | null {
  const estimates = scenarios.map((s, i) => {
    const e = estimateRun(buildModel(s), JSON.stringify(s).length);
    return traced && i === 0 ? e : { ...e, traceBytes: 0 };
  });
  return runSizeProblem(estimates, replications);
}
