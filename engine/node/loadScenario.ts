import { parseScenario, type Scenario } from "../scenario/index.js";
import { readJsonFile } from "./files.js";
import { hashCanonical } from "./hash.js";

export interface LoadedScenario {
  scenario: Scenario;
  /** "sha256:…" of the canonical JSON of the scenario with defaults filled in. */
  hash: string;
}

/** Reads, validates and hashes a scenario file. Throws FileProblem or ScenarioError. */
export function loadScenario(path: string): LoadedScenario {
  const scenario = parseScenario(readJsonFile(path), path);
  return { scenario, hash: hashCanonical(scenario) };
}
