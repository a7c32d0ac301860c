import { runScenarioWith, type RunResults, type Scenario } from "../../../engine/index.js";
import { PageWorkerPool, pageWorkers } from "./pageWorkerPool.js";
import { resultsFileText } from "./resultsFileText.js";
import { runSizeCheck } from "./runSizeCheck.js";
import { scenarioHash } from "./scenarioHash.js";

export interface PageRunOptions {
  /** Seed string, as `clientflow run --seed` (default "1"). */
  seed: string;
  /** Replications, 1 to 100000, as `--replications`. */
  replications: number;
  /** Web Workers (default: one per core the browser reports, at most one per replication). */
  workers?: number;
  /** Called after each replication with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it ends the workers; the run then fails with RunCancelled. */
  signal?: AbortSignal;
}

/** What a run in the page gives: the results and the text `clientflow run` writes for them. */
export interface PageRun {
  results: RunResults<Scenario>;
  text: string;
}

/**
 * Runs a validated scenario's replications in Web Workers and assembles the same results file,
 * byte for byte, that `clientflow run` writes for the same scenario, seed and replications
 * (the engine's runScenarioWith merges them in replication order, whatever the workers).
 */
export async function runInPage(scenario: Scenario, options: PageRunOptions): Promise<PageRun> {
  const { seed, replications } = options;
  if (!Number.isInteger(replications) || replications < 1 || replications > 100_000)
    throw new RangeError(`runInPage requires 1 to 100000 replications, got ${replications}`);
  const tooLarge = runSizeCheck([scenario], replications, true);
  if (tooLarge !== null) throw new RangeError(tooLarge);
  const hash = await scenarioHash(scenario);
  const pool = new PageWorkerPool(Math.min(options.workers ?? pageWorkers(), replications));
  const cancel = () => pool.cancel();
  options.signal?.addEventListener("abort", cancel);
  try {
    if (options.signal?.aborted) pool.cancel();
    const results = await runScenarioWith(
      scenario,
      { seed, replications, scenarioHash: hash, onProgress: options.onProgress },
      (replication) => pool.run({ scenario, scenarioHash: hash, seed, replication }),
    );
    return { results, text: resultsFileText(results) };
  } finally {
    options.signal?.removeEventListener("abort", cancel);
    pool.cancel();
  }
}
