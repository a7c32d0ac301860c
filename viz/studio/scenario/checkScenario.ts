import { parseScenario, ScenarioError, type Scenario, type ScenarioIssue } from "../../../engine/index.js";

/**
 * The scenario checked by the command line's own parseScenario (shape, then references): the
 * validated scenario, or its problems with the same field paths and messages `clientflow
 * validate` prints.
 */
export function checkScenario(json: unknown): { scenario: Scenario } | { issues: readonly ScenarioIssue[] } {
  try {
    return { scenario: parseScenario(json, "scenario") };
  } catch (e) {
    if (e instanceof ScenarioError) return { issues: e.issues };
    throw e;
  }
}
