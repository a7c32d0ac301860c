import { dirname, resolve } from "node:path";
import { expandExperiment, expandSensitivity, experimentSchema, type ExperimentInputs } from "../experiment/index.js";
import { describeZodIssues, parseScenario, ScenarioError, showFound } from "../scenario/index.js";
import { readJsonFile } from "./files.js";
import { hashCanonical } from "./hash.js";
import { readBaseJson } from "./loadScenario.js";

/**
 * Reads an experiment file: its shape, its base scenario (or variant), every set-up's changes,
 * and each resulting scenario, validated and hashed. Throws FileProblem or ScenarioError; a
 * set-up's scenario error names the set-up.
 */
export function loadExperiment(path: string): ExperimentInputs {
  const data = readJsonFile(path);
  const parsed = experimentSchema.safeParse(data);
  if (!parsed.success) {
    throw new ScenarioError(path, describeZodIssues(parsed.error.issues, data), "experiment");
  }
  const experiment = parsed.data;
  if (!/\.json$/i.test(experiment.base)) {
    throw new ScenarioError(
      path,
      [{ path: "base", message: "a scenario or variant file ending in .json", found: showFound(experiment.base) }],
      "experiment",
    );
  }
  const base = readBaseJson(path, "base", experiment.base, resolve(dirname(path), experiment.base), []);
  const expanded = expandExperiment(experiment, base);
  if ("issues" in expanded) throw new ScenarioError(path, expanded.issues, "experiment");
  const scenarios = expanded.setUps.map((s) => {
    const json = s.json as Record<string, unknown>;
    const named = s.name === "base" ? json : { ...json, name: setUpScenarioName(String(json.name), s.name) };
    return parseScenario(named, `${path} (set-up "${s.name}")`);
  });
  const cases = expandSensitivity(experiment, expanded.setUps);
  if ("issues" in cases) throw new ScenarioError(path, cases.issues, "experiment");
  const sensitivity = cases.cases.map((c) => {
    const caseScenarios = c.json.map((json, s) =>
      parseScenario(
        named(json, expanded.setUps[s]!.name, c.name),
        `${path} (sensitivity "${c.name}", set-up "${expanded.setUps[s]!.name}")`,
      ),
    );
    return {
      name: c.name,
      description: c.description,
      changes: c.changes,
      scenarios: caseScenarios,
      hashes: caseScenarios.map(hashCanonical),
    };
  });
  return { experiment, setUps: expanded.setUps, scenarios, hashes: scenarios.map(hashCanonical), sensitivity };
}

/** A sensitivity case's scenario, named "base name / set-up / case" within 200 characters. */
function named(json: unknown, setUp: string, sensitivityCase: string): unknown {
  const j = json as Record<string, unknown>;
  return {
    ...j,
    name: setUpScenarioName(String(j.name), setUp === "base" ? sensitivityCase : `${setUp} / ${sensitivityCase}`),
  };
}

/** A set-up's scenario name, "base name / set-up name", kept within the 200 characters a name may have. */
export function setUpScenarioName(base: string, setUp: string): string {
  const name = [...`${base} / ${setUp}`];
  return name.length <= 200 ? name.join("") : `${name.slice(0, 199).join("")}…`;
}
