import type { LabelLanguage } from "./labelLanguage.js";

/** The kinds of named things a scenario gives labels to. */
export type NamedKind = "scenario" | "department" | "pool" | "person" | "channel" | "segment";

type Labels = Partial<Record<LabelLanguage, string>>;
type Named = { name?: unknown; labels?: Labels };

/**
 * The display names a scenario gives its named things per language (`labels`), read from the
 * scenario definition a results file carries. `label` gives the label of the chosen language,
 * or the name itself where none is given (a file written before labels existed shows names).
 */
export class NameLabels {
  private readonly byKind = new Map<NamedKind, Map<string, Labels>>();

  /** The labels of a scenario definition (as in a results file; anything unreadable is skipped). */
  static of(definition: unknown): NameLabels {
    const names = new NameLabels();
    const d = (definition ?? {}) as Record<string, unknown>;
    const list = (x: unknown): Named[] => (Array.isArray(x) ? (x as Named[]) : []);
    if (typeof d.name === "string") names.add("scenario", d as Named);
    for (const x of list(d.departments)) names.add("department", x);
    for (const x of list(d.channels)) names.add("channel", x);
    for (const x of list(d.segments)) names.add("segment", x);
    for (const pool of list(d.pools)) {
      names.add("pool", pool);
      for (const person of list((pool as { staff?: unknown }).staff)) names.add("person", person);
    }
    return names;
  }

  private add(kind: NamedKind, x: Named): void {
    if (typeof x?.name !== "string" || x.labels === undefined) return;
    let map = this.byKind.get(kind);
    if (map === undefined) this.byKind.set(kind, (map = new Map()));
    map.set(x.name, x.labels);
  }

  /**
   * How `name` is shown in `lang`: its label of that kind, else (kind unknown or no such name of
   * that kind) the first label any kind gives that name, else the name.
   */
  label(name: string, lang: LabelLanguage, kind?: NamedKind): string {
    const own = kind === undefined ? undefined : this.byKind.get(kind)?.get(name)?.[lang];
    if (own !== undefined) return own;
    if (kind !== undefined && this.byKind.get(kind)?.has(name)) return name;
    for (const map of this.byKind.values()) {
      const l = map.get(name)?.[lang];
      if (l !== undefined) return l;
    }
    return name;
  }
}

/** No labels: every name shows as itself. */
export const NO_LABELS = new NameLabels();
