import {
  applyChanges,
  describeZodIssues,
  experimentSchema,
  variantSchema,
  type ScenarioIssue,
} from "../../../engine/index.js";
import { DEFAULT_SCENARIO_TEXT } from "./defaultScenario.js";

/** A file opened in the studio: the original scenario (plain JSON) and the one to edit. */
export interface OpenedScenario {
  original: unknown;
  edited: unknown;
}

/**
 * Opens a scenario, variant or experiment file's text. A scenario is both original and edited;
 * a variant is edited on its base, the shipped default (the only file a page knows); an
 * experiment opens its base as the original and its first variant's changes as the edit.
 */
export function openScenarioText(text: string): OpenedScenario | { problem: string; issues?: ScenarioIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { problem: "not a JSON object" };
  const base: unknown = JSON.parse(DEFAULT_SCENARIO_TEXT);
  if ("extends" in data) {
    const parsed = variantSchema.safeParse(data);
    if (!parsed.success)
      return { problem: "not a valid variant", issues: describeZodIssues(parsed.error.issues, data) };
    const applied = applyChanges(base, parsed.data.changes);
    if ("issues" in applied) return { problem: "its changes do not apply to the default", issues: applied.issues };
    const edited = applied.result as Record<string, unknown>;
    if (parsed.data.name !== undefined) edited["name"] = parsed.data.name;
    if (parsed.data.description !== undefined) edited["description"] = parsed.data.description;
    return { original: base, edited };
  }
  if ("base" in data && "variants" in data) {
    const parsed = experimentSchema.safeParse(data);
    if (!parsed.success)
      return { problem: "not a valid experiment", issues: describeZodIssues(parsed.error.issues, data) };
    const first = parsed.data.variants[0];
    if (first === undefined) return { original: base, edited: structuredClone(base) };
    const applied = applyChanges(base, first.changes);
    if ("issues" in applied)
      return { problem: "its first variant does not apply to the default", issues: applied.issues };
    return { original: base, edited: applied.result };
  }
  return { original: data, edited: structuredClone(data) };
}
