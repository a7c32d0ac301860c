import type { z } from "zod";
import { checkReferences } from "./references.js";
import { formatPath, ScenarioError, showFound, type ScenarioIssue } from "./scenarioError.js";
import { scenarioSchema, type Scenario } from "./schema.js";

/**
 * Validates a scenario in two passes: its shape (types, ranges, unknown fields), then its
 * references and consistency (an unknown pool or segment, a shift that ends before it starts).
 * Throws a ScenarioError listing every problem with its field path; returns the scenario with
 * every default filled in.
 */
export function parseScenario(data: unknown, source = "scenario"): Scenario {
  const shape = scenarioSchema.safeParse(data);
  if (!shape.success) throw new ScenarioError(source, shape.error.issues.map((i) => toIssue(i, data)));
  const problems = checkReferences(shape.data);
  if (problems.length > 0) throw new ScenarioError(source, problems);
  return shape.data;
}

function toIssue(issue: z.core.$ZodIssue, data: unknown): ScenarioIssue {
  const found = valueAt(data, issue.path);
  const out: ScenarioIssue = { path: formatPath(issue.path), message: issue.message };
  if (issue.code !== "unrecognized_keys") out.found = showFound(found);
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
