import { estimateRun, runSizeProblem } from "../../run/index.js";
import { buildModel, type Scenario } from "../../scenario/index.js";
import { UsageError } from "./usageError.js";

/**
 * Refuses, before any replication runs, a run whose replications would start more contacts than
 * the engine allows or whose results file would be larger than report, export and view read:
 * the message gives the limit, the estimate and how to reduce it. `traced`: the file keeps the
 * first scenario's trace (a run; experiments keep none).
 */
export function checkRunSize(
  command: string,
  scenarios: readonly Scenario[],
  replications: number,
  traced: boolean,
): void {
  const estimates = scenarios.map((s, i) => {
    const e = estimateRun(buildModel(s), JSON.stringify(s).length);
    return traced && i === 0 ? e : { ...e, traceBytes: 0 };
  });
  const problem = runSizeProblem(estimates, replications);
  if (problem !== null) throw new UsageError(problem, command);
}
