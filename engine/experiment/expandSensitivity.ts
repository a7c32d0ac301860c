import { applyChanges, type Change, type ScenarioIssue } from "../scenario/index.js";
import type { SetUp } from "./expandExperiment.js";
import type { Experiment } from "./experimentSchema.js";

/** One sensitivity case: its changes applied on top of every set-up, in set-up order. */
export interface SensitivityCase {
  name: string;
  description: string;
  changes: Change[];
  /** Each set-up's scenario with the case's changes, as plain JSON (not yet validated). */
  json: unknown[];
}

/**
 * The sensitivity cases of an experiment: each case's changes applied on top of each set-up (so
 * a case that changes the calls changes them for every set-up alike). A change that does not
 * apply to a set-up is reported at `sensitivity[i]` with the set-up's name; a case name used
 * twice is refused.
 */
export function expandSensitivity(
  experiment: Experiment,
  setUps: readonly SetUp[],
): { cases: SensitivityCase[] } | { issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const names = new Set<string>();
  const cases = experiment.sensitivity.map((c, i): SensitivityCase => {
    if (names.has(c.name))
      issues.push({ path: `sensitivity[${i}].name`, message: "a name not used before", found: JSON.stringify(c.name) });
    names.add(c.name);
    const json = setUps.map((setUp) => {
      const r = applyChanges(setUp.json, c.changes);
      if (!("issues" in r)) return r.result;
      const on = setUp.name === "base" ? "" : ` (on set-up "${setUp.name}")`;
      issues.push(...r.issues.map((p) => ({ ...p, path: `sensitivity[${i}].${p.path}${on}` })));
      return null;
    });
    return { name: c.name, description: c.description ?? "", changes: c.changes, json };
  });
  return issues.length > 0 ? { issues: dedupe(issues) } : { cases };
}

/** The same problem met on several set-ups is said once. */
function dedupe(issues: ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path.replace(/ \(on set-up .*\)$/, "")}|${i.message}|${i.found}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
