import type { ScenarioIssue } from "../scenarioError.js";
import { applyChanges } from "./applyChanges.js";
import type { Variant } from "./variantSchema.js";

/**
 * The scenario a variant states (plain JSON, not yet validated): its changes applied to a copy of
 * the base, then its own name, description and notes. The base's display names (`labels`) name
 * the base, so a variant with a name of its own drops them, unless its changes gave it display
 * names of its own: a variant is never shown by its base's name. Returns the problems when a
 * change does not apply.
 */
export function applyVariant(
  base: unknown,
  variant: Variant,
): { result: Record<string, unknown> } | { issues: ScenarioIssue[] } {
  const applied = applyChanges(base, variant.changes);
  if ("issues" in applied) return applied;
  const result = applied.result as Record<string, unknown>;
  const before = base as Record<string, unknown>;
  if (variant.name !== undefined) {
    if (variant.name !== before["name"] && JSON.stringify(result["labels"]) === JSON.stringify(before["labels"]))
      delete result["labels"];
    result["name"] = variant.name;
  }
  if (variant.description !== undefined) result["description"] = variant.description;
  if (variant.notes !== undefined) result["notes"] = { ...(result["notes"] as object | undefined), ...variant.notes };
  return { result };
}
