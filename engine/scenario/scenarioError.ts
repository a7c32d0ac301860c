/** One problem found in a scenario: where, and what was expected and found. */
export interface ScenarioIssue {
  /** Field path such as "pools[0].staff". Empty for the whole document. */
  path: string;
  /** What the field should be, as a phrase. */
  message: string;
  /** The value found there, shown as JSON (shortened), or undefined when absent. */
  found?: string;
}

/** A scenario that is malformed (shape) or inconsistent (references). Never has a stack worth showing. */
export class ScenarioError extends Error {
  constructor(
    /** The file or name the scenario came from. */
    readonly source: string,
    readonly issues: readonly ScenarioIssue[],
    /** What the file is meant to be, for the message. */
    readonly kind: "scenario" | "variant" | "experiment" = "scenario",
  ) {
    super(formatIssues(source, issues, kind));
    this.name = "ScenarioError";
  }
}

function formatIssues(source: string, issues: readonly ScenarioIssue[], kind: string): string {
  const lines = issues.map((i) => {
    const where = i.path === "" ? "(document)" : i.path;
    const found = i.found === undefined ? "" : `; found ${i.found}`;
    return `  - ${where}: ${i.message}${found}`;
  });
  const n = issues.length;
  return `${source} is not a valid ${kind} (${n} problem${n === 1 ? "" : "s"}):\n${lines.join("\n")}`;
}

/** Shows a found value in an error: JSON, cut to 80 characters. */
export function showFound(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Formats a path of keys and indices as "a.b[2].c". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
