import {
  experimentSchema,
  expandExperiment,
  parseScenario,
  runExperiment,
  type ExperimentResults,
} from "../../../engine/index.js";
import { PageWorkerPool, pageWorkers } from "../run/pageWorkerPool.js";
import { runSizeCheck } from "../run/runSizeCheck.js";
import { scenarioHash } from "../run/scenarioHash.js";
import { changesBetween } from "./changesBetween.js";

/** The set-up names of the comparison: the original is the experiment's base. */
export const EDITED_SET_UP = "edited";

/**
 * "Compare with the original": an experiment of the original (base) and the edited set-up (a
 * variant holding the changes between them), run in Web Workers by the engine's runExperiment on
 * common random numbers, so each replication of both sees the same clients. Gives the
 * experiment's results (verdict, ranking, paired differences), as `clientflow compare` writes them.
 */
export async function compareInPage(
  original: unknown,
  edited: unknown,
  o: { seed: string; replications: number; signal: AbortSignal; onProgress: (done: number, total: number) => void },
): Promise<ExperimentResults> {
  const experiment = experimentSchema.parse({
    name: "original and edited",
    base: "original.json",
    seed: o.seed,
    replications: o.replications,
    variants: [{ name: EDITED_SET_UP, description: "the edited set-up", changes: changesBetween(original, edited) }],
  });
  const expanded = expandExperiment(experiment, original);
  if ("issues" in expanded) throw new Error(expanded.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  const scenarios = expanded.setUps.map((s) => parseScenario(s.json, s.name));
  const tooLarge = runSizeCheck(scenarios, experiment.replications, false);
  if (tooLarge !== null) throw new RangeError(tooLarge);
  const hashes = await Promise.all(scenarios.map(scenarioHash));
  const pool = new PageWorkerPool(Math.min(pageWorkers(), scenarios.length * experiment.replications));
  const cancel = () => pool.cancel();
  o.signal.addEventListener("abort", cancel);
  try {
    const results = await runExperiment(
      { experiment, setUps: expanded.setUps, scenarios, hashes },
      ({ setUp, replication }) =>
        pool.run({ scenario: scenarios[setUp]!, scenarioHash: hashes[setUp]!, seed: experiment.seed, replication }),
      o.onProgress,
    );
    if (o.signal.aborted) throw new Error("cancelled");
    return results;
  } finally {
    o.signal.removeEventListener("abort", cancel);
    pool.cancel();
  }
}
