import type { ScenarioIssue } from "../scenarioError.js";
import { scenarioSchema } from "../schema/index.js";
import { parsePath, type PathStep } from "./scenarioPath.js";
import { checkSchemaPath } from "./schemaPath.js";
import type { Change } from "./variantSchema.js";

type Json = unknown;

/**
 * Applies a variant's changes, in order, to a copy of a base scenario (plain JSON). A change
 * whose path does not exist is refused with the change's index, the path and what is there,
 * never silently created (except `set` of a missing key on an existing object). A path must also
 * be one the scenario schema has (so `__proto__`, `constructor` and `prototype` never are), and
 * only a document's own keys are walked: no change can read or write a prototype. Returns the
 * changed copy, or the problems.
 */
export function applyChanges(base: Json, changes: readonly Change[]): { result: Json } | { issues: ScenarioIssue[] } {
  const doc = structuredClone(base) as Json;
  const issues: ScenarioIssue[] = [];
  changes.forEach((change, index) => {
    const [verb, path] =
      "set" in change ? ["set", change.set] : "add" in change ? ["add", change.add] : ["remove", change.remove];
    const where = `changes[${index}].${verb}`;
    const steps = parsePath(path);
    if (typeof steps === "string") {
      issues.push({
        path: where,
        message: `a path of keys and [name] selectors, but it has ${steps}`,
        found: JSON.stringify(path),
      });
      return;
    }
    const unknown = checkSchemaPath(scenarioSchema, steps);
    if (unknown !== null) {
      issues.push({ path: where, message: unknown, found: JSON.stringify(path) });
      return;
    }
    const located = locate(doc, steps);
    if ("problem" in located) {
      issues.push({ path: where, message: located.problem, found: JSON.stringify(path) });
      return;
    }
    const { parent, last } = located;
    if (verb === "set") {
      if (Array.isArray(parent)) {
        const i = itemIndex(parent, last);
        if (i < 0)
          return void issues.push({
            path: where,
            message: `a list item ${describe(last)}`,
            found: JSON.stringify(path),
          });
        parent[i] = (change as { value: Json }).value;
      } else {
        (parent as Record<string, Json>)[keyOf(last)] = (change as { value: Json }).value;
      }
      return;
    }
    const target = child(parent, last);
    if (verb === "add") {
      if (!Array.isArray(target)) {
        issues.push({ path: where, message: "a path to a list", found: JSON.stringify(path) });
        return;
      }
      target.push((change as { value: Json }).value);
      return;
    }
    if (Array.isArray(parent)) {
      const i = itemIndex(parent, last);
      if (i < 0)
        return void issues.push({ path: where, message: `a list item ${describe(last)}`, found: JSON.stringify(path) });
      parent.splice(i, 1);
    } else if (!Object.hasOwn(parent as object, keyOf(last))) {
      issues.push({ path: where, message: `an existing key "${keyOf(last)}"`, found: JSON.stringify(path) });
    } else {
      delete (parent as Record<string, Json>)[keyOf(last)];
    }
  });
  return issues.length > 0 ? { issues } : { result: doc };
}

/** Walks to the parent of the last step; every step before the last must exist. */
function locate(doc: Json, steps: PathStep[]): { parent: Json; last: PathStep } | { problem: string } {
  let node = doc;
  const walked: string[] = [];
  for (let s = 0; s < steps.length - 1; s++) {
    const step = steps[s]!;
    const next = child(node, step);
    if (next === undefined) {
      const at = walked.length > 0 ? walked.join("") : "the scenario";
      return { problem: `a path that exists, but ${at} has no ${describe(step)}` };
    }
    walked.push("key" in step ? `${walked.length > 0 ? "." : ""}${step.key}` : `[${step.item}]`);
    node = next;
  }
  const last = steps[steps.length - 1]!;
  if ("item" in last ? !Array.isArray(node) : node === null || typeof node !== "object" || Array.isArray(node)) {
    return { problem: `a path that exists, but ${walked.join("") || "the scenario"} has no ${describe(last)}` };
  }
  return { parent: node, last };
}

function child(node: Json, step: PathStep): Json | undefined {
  if ("key" in step) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    return Object.hasOwn(node, step.key) ? (node as Record<string, Json>)[step.key] : undefined;
  }
  if (!Array.isArray(node)) return undefined;
  const i = itemIndex(node, step);
  return i < 0 ? undefined : node[i];
}

function itemIndex(list: Json[], step: PathStep): number {
  if (!("item" in step)) return -1;
  const byName = list.findIndex(
    (x) => x !== null && typeof x === "object" && (x as { name?: unknown }).name === step.item,
  );
  if (byName >= 0) return byName;
  if (/^\d+$/.test(step.item)) {
    const i = Number(step.item);
    return i < list.length ? i : -1;
  }
  return -1;
}

function keyOf(step: PathStep): string {
  return "key" in step ? step.key : step.item;
}

function describe(step: PathStep): string {
  return "key" in step ? `key "${step.key}"` : `list item named (or numbered) "${step.item}"`;
}
