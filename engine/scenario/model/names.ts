import { showFound, type ScenarioIssue } from "../scenarioError.js";
import type { Scenario } from "../schema/index.js";

/** The kinds of named things another field may refer to. */
export type NamedKind = "department" | "segment" | "channel" | "pool";

/**
 * The one place a name written in a field is turned into the index of what it names. The
 * reference check and the model builder both resolve through it, so a reference is looked up,
 * and refused with its field path, in one way only.
 */
export class ScenarioNames {
  private readonly lists: Record<NamedKind, readonly string[]>;

  constructor(
    s: Scenario,
    /** Where a reference to nothing is reported. */
    private readonly report: (issue: ScenarioIssue) => void,
  ) {
    this.lists = {
      department: s.departments.map((d) => d.name),
      segment: s.segments.map((g) => g.name),
      channel: s.channels.map((c) => c.name),
      pool: s.pools.map((p) => p.name),
    };
  }

  /** A resolver for a scenario already checked: a reference to nothing is a programming error. */
  static ofValid(s: Scenario): ScenarioNames {
    return new ScenarioNames(s, (i) => {
      throw new Error(`the model is built from a checked scenario only: ${i.path}: ${i.message}; found ${i.found}`);
    });
  }

  /** Whether `name` names a thing of this kind. */
  has(kind: NamedKind, name: string): boolean {
    return this.lists[kind].includes(name);
  }

  /** The index of the named thing (the first of that name); reports the field at `path` and returns -1 when none. */
  resolve(kind: NamedKind, name: string, path: string): number {
    const i = this.lists[kind].indexOf(name);
    if (i < 0) this.report({ path, message: this.oneOf(kind), found: showFound(name) });
    return i;
  }

  /** As `resolve`, for a name used as the key of a map (`deal.byPool.<pool>`). */
  resolveKey(kind: NamedKind, name: string, path: string): number {
    const i = this.lists[kind].indexOf(name);
    if (i < 0) this.report({ path, message: `a key that is ${this.oneOf(kind)}`, found: showFound(name) });
    return i;
  }

  /** "one of "a", "b"" for the names of a kind, plus any extra words the field allows. */
  oneOf(kind: NamedKind, extra: readonly string[] = []): string {
    return `one of ${[...new Set(this.lists[kind]), ...extra].map((n) => `"${n}"`).join(", ")}`;
  }
}
