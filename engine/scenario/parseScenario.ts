import type { z } from "zod";
import { checkReferences } from "./references.js";
import { formatPath, ScenarioError, showFound, type ScenarioIssue } from "./scenarioError.js";
import { scenarioSchema, type Scenario } from "./schema/index.js";

/**
 * Validates a scenario in two passes: its shape (types, ranges, unknown fields), then its
 * references and consistency (an unknown pool or segment, a shift that ends before it starts).
 * Throws a ScenarioError listing every problem with its field path; returns the scenario with
 * every default filled in.
 */
export function parseScenario(data: unknown, source = "scenario"): Scenario {
  const shape = scenarioSchema.safeParse(data);
  if (!shape.success) throw new ScenarioError(source, describeZodIssues(shape.error.issues, data));
  const problems = checkReferences(shape.data);
  if (problems.length > 0) throw new ScenarioError(source, problems);
  return shape.data;
}

/** Readable problems, with field paths and the values found, for the issues zod reports on `data`. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[], data: unknown): ScenarioIssue[] {
  return issues.flatMap((i) => toIssues(i, [], data));
}

/**
 * Turns a zod issue into readable problems. A failed union is explained by the branch that got
 * furthest into the value (so a wrong shift time inside a staff list is reported there, not as
 * "invalid input" on the list), and a union of literals as "expected one of …".
 */
function toIssues(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], data: unknown): ScenarioIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const branches = issue.errors;
    const literals = branches.every((b) => b.length === 1 && b[0]!.code === "invalid_value" && b[0]!.path.length === 0);
    if (literals) {
      const values = branches.flatMap((b) => (b[0] as z.core.$ZodIssueInvalidValue).values);
      return [
        {
          path: formatPath(path),
          message: `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}`,
          found: showFound(valueAt(data, path)),
        },
      ];
    }
    const depth = (b: z.core.$ZodIssue[]) => Math.max(...b.map((i) => i.path.length));
    const best = [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
    if (depth(best) > 0) return best.flatMap((i) => toIssues(i, path, data));
    const typeMatched = branches.find((b) => b.every((i) => i.code !== "invalid_type"));
    if (typeMatched) return typeMatched.flatMap((i) => toIssues(i, path, data));
    const expected = [...new Set(branches.flatMap((b) => b.map((i) => (i as z.core.$ZodIssueInvalidType).expected)))];
    return [
      { path: formatPath(path), message: `expected ${expected.join(" or ")}`, found: showFound(valueAt(data, path)) },
    ];
  }
  if (issue.code === "unrecognized_keys") return [{ path: formatPath(path), message: issue.message }];
  const value = valueAt(data, path);
  if (issue.code === "invalid_type") {
    const expected = `expected ${issue.expected}`;
    if (value === undefined) return [{ path: formatPath(path), message: `missing: ${expected}` }];
    return [{ path: formatPath(path), message: expected, found: showFound(value) }];
  }
  return [{ path: formatPath(path), message: issue.message, found: showFound(value) }];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
