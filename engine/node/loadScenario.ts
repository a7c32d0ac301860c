import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  applyVariant,
  describeZodIssues,
  parseScenario,
  ScenarioError,
  showFound,
  variantSchema,
  type Scenario,
} from "../scenario/index.js";
import { readJsonFile } from "./files.js";
import { hashCanonical } from "./hash.js";

export interface LoadedScenario {
  scenario: Scenario;
  /** "sha256:…" of the canonical JSON of the scenario with defaults filled in. */
  hash: string;
}

/** How many variants may stand on each other. */
const MAX_DEPTH = 16;

/**
 * Reads, validates and hashes a scenario file. A file with `extends` is a variant: its base is
 * read (recursively), its changes applied in order, and the result validated as a scenario.
 * Throws FileProblem or ScenarioError.
 */
export function loadScenario(path: string): LoadedScenario {
  const scenario = parseScenario(readScenarioJson(path, []), path);
  return { scenario, hash: hashCanonical(scenario) };
}

/** The plain JSON of a scenario file, with any variant's changes applied. */
export function readScenarioJson(path: string, chain: string[]): unknown {
  const full = resolve(path);
  if (chain.includes(full)) {
    throw new ScenarioError(
      path,
      [{ path: "extends", message: "a base that does not extend this file again (a cycle)" }],
      "variant",
    );
  }
  const data = readJsonFile(path);
  if (data === null || typeof data !== "object" || Array.isArray(data) || !("extends" in data)) return data;
  const parsed = variantSchema.safeParse(data);
  if (!parsed.success) {
    throw new ScenarioError(path, describeZodIssues(parsed.error.issues, data), "variant");
  }
  const variant = parsed.data;
  if (chain.length >= MAX_DEPTH) {
    throw new ScenarioError(
      path,
      [
        {
          path: "extends",
          message: `at most ${MAX_DEPTH} variants on top of each other, but this is variant ${chain.length + 1} of the chain`,
        },
      ],
      "variant",
    );
  }
  if (!/\.json$/i.test(variant.extends)) {
    throw new ScenarioError(
      path,
      [{ path: "extends", message: "a scenario or variant file ending in .json", found: showFound(variant.extends) }],
      "variant",
    );
  }
  const basePath = resolve(dirname(path), variant.extends);
  const base = readBaseJson(path, "extends", variant.extends, basePath, [...chain, full]) as Record<string, unknown>;
  const applied = applyVariant(base, variant);
  if ("issues" in applied) throw new ScenarioError(path, applied.issues, "variant");
  return applied.result;
}

/**
 * The JSON of the base a variant `extends` (or an experiment's `base`): a missing file is the
 * referring file's error, naming its field, the value written there and the path it led to.
 */
export function readBaseJson(
  referrer: string,
  field: string,
  written: string,
  basePath: string,
  chain: string[],
): unknown {
  if (!existsSync(basePath)) {
    throw new ScenarioError(
      referrer,
      [
        {
          path: field,
          message: `an existing scenario or variant file (relative to this file's folder); looked for ${basePath}: no such file`,
          found: showFound(written),
        },
      ],
      field === "base" ? "experiment" : "variant",
    );
  }
  return readScenarioJson(basePath, chain);
}
