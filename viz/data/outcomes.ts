import { rowsWhere } from "../../engine/results/index.js";
import type { SetUp } from "./results.js";

/**
 * The outcomes a results file knows, in the engine's order: the outcome breakdown of its `flow`
 * rows (written for every outcome), so the viewer keeps no list of its own.
 */
export function outcomesOf(setUp: SetUp): string[] {
  const seen = new Set<string>();
  for (const row of rowsWhere(setUp.metrics, { scope: "flow", breakdown: { kind: "outcome" } }))
    seen.add(String(row.breakdown!.value));
  return [...seen];
}

/** Outcomes that do not lose the client: served, and still in progress when the run ended. */
export const KEPT_OUTCOMES: ReadonlySet<string> = new Set(["served", "unfinished"]);
