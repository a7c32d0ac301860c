import {
  applyChanges,
  applyVariant,
  describeZodIssues,
  experimentSchema,
  variantSchema,
  type ScenarioIssue,
} from "../../../engine/index.js";
import type { Lang } from "../../i18n/index.js";
import { studioText } from "../i18n/studioText.js";
import { DEFAULT_SCENARIO_NAME, DEFAULT_SCENARIO_TEXT } from "./defaultScenario.js";

/** A file opened in the studio: the original scenario (plain JSON) and the one to edit. */
export interface OpenedScenario {
  original: unknown;
  edited: unknown;
  /**
   * What the file is as the base of a later variant or experiment (a scenario, or a variant on its
   * base, as plain JSON); absent for an experiment, which no file extends.
   */
  asBase?: unknown;
}

/** Why a file cannot be opened (its details in English, as the engine words them). */
export interface OpenProblem {
  problem: string;
  issues?: ScenarioIssue[];
  /** A variant's `extends` or an experiment's `base` that names a file the page does not have. */
  unknownBase?: { field: "extends" | "base"; found: string };
}

/**
 * The files a page can take as a variant's or an experiment's base, by file name: those opened in
 * it before (a scenario, or a variant on its base); besides them, the bundled default.
 */
export type KnownBases = ReadonlyMap<string, unknown>;

/**
 * Opens a scenario, variant or experiment file's text. A scenario is both original and edited; a
 * variant is edited on its base; an experiment opens its base as the original and its first
 * variant's changes as the edit. The base must be one the page can resolve: the bundled default
 * ("../default.json" from scenarios/variants/ or scenarios/experiments/, "default.json" beside it),
 * or a file opened before, by its name (`known`); any other is refused, never replaced by the
 * default.
 */
export function openScenarioText(text: string, known: KnownBases = new Map()): OpenedScenario | OpenProblem {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { problem: "not a JSON object" };
  if ("extends" in data) {
    const parsed = variantSchema.safeParse(data);
    if (!parsed.success)
      return { problem: "not a valid variant", issues: describeZodIssues(parsed.error.issues, data) };
    const base = resolveBase(parsed.data.extends, known);
    if (base === null) return unknownBase("extends", parsed.data.extends);
    const applied = applyVariant(base, parsed.data);
    if ("issues" in applied) return { problem: "its changes do not apply to its base", issues: applied.issues };
    const edited = applied.result;
    return { original: base, edited, asBase: structuredClone(edited) };
  }
  if ("base" in data && "variants" in data) {
    const parsed = experimentSchema.safeParse(data);
    if (!parsed.success)
      return { problem: "not a valid experiment", issues: describeZodIssues(parsed.error.issues, data) };
    const base = resolveBase(parsed.data.base, known);
    if (base === null) return unknownBase("base", parsed.data.base);
    const first = parsed.data.variants[0];
    if (first === undefined) return { original: base, edited: structuredClone(base) };
    const applied = applyChanges(base, first.changes);
    if ("issues" in applied) return { problem: "its first variant does not apply to its base", issues: applied.issues };
    return { original: base, edited: applied.result };
  }
  return { original: data, edited: structuredClone(data), asBase: structuredClone(data) };
}

/**
 * The JSON of the base a variant or experiment names: a file opened before under that name (the
 * path's last part), else the bundled default for "default.json" or "../default.json" (or a path
 * ending in scenarios/default.json); null for any other.
 */
export function resolveBase(ref: string, known: KnownBases): unknown {
  const path = ref.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  const name = path.slice(path.lastIndexOf("/") + 1);
  const opened = known.get(name);
  if (opened !== undefined) return structuredClone(opened);
  if (
    path === DEFAULT_SCENARIO_NAME ||
    path === `../${DEFAULT_SCENARIO_NAME}` ||
    /(^|\/)scenarios\/default\.json$/.test(path)
  )
    return JSON.parse(DEFAULT_SCENARIO_TEXT) as unknown;
  return null;
}

function unknownBase(field: "extends" | "base", found: string): OpenProblem {
  return {
    problem: `its "${field}" names "${found}", a base the page cannot resolve`,
    unknownBase: { field, found },
  };
}

/** The page's sentence for a file that cannot be opened, in `lang`. */
export function openProblemText(lang: Lang, p: OpenProblem): string {
  if (p.unknownBase !== undefined) {
    const { field, found } = p.unknownBase;
    const name = found.replace(/\\/g, "/").split("/").pop() ?? found;
    return studioText(lang, "loadFailed", { detail: studioText(lang, "unknownBase", { field, found, name }) });
  }
  const issues = (p.issues ?? []).map((i) => `${i.path}: ${i.message}`).join("; ");
  return studioText(lang, "loadFailed", { detail: issues === "" ? p.problem : `${p.problem} (${issues})` });
}
