import type { SetUp } from "./results.js";

/**
 * The outcomes a results file knows, in the engine's order: the last part of its
 * `flow.<channel>.<department>.<outcome>` keys (written for every outcome), so the viewer keeps
 * no list of its own.
 */
export function outcomesOf(setUp: SetUp): string[] {
  const seen = new Set<string>();
  for (const key of Object.keys(setUp.metrics))
    if (key.startsWith("flow.")) seen.add(key.slice(key.lastIndexOf(".") + 1));
  return [...seen];
}

/** Outcomes that do not lose the client: served, and still in progress when the run ended. */
export const KEPT_OUTCOMES: ReadonlySet<string> = new Set(["served", "unfinished"]);
