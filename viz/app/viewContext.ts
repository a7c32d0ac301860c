import type { Results } from "../data/results.js";
import type { Format, Locale } from "../i18n/index.js";

/** What the user has chosen, kept across re-renders. */
export interface Choices {
  /** The open view, or "all" (every view one after another, for reading through or printing). */
  view: ViewName | "all";
  setUp: number;
  /** Day of the trace shown in the staff timeline (0-based day of the run), or -1 for the first. */
  day: number;
  /** Client whose story is shown, or "" for the first listed. */
  client: string;
}

export const VIEW_NAMES = [
  "comparison",
  "timeOfDay",
  "staffing",
  "timeline",
  "flow",
  "waits",
  "control",
  "story",
  "plan",
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** The views a kind of results file has: a staffing plan has one, runs and experiments the rest. */
export function viewsFor(kind: Results["kind"]): readonly ViewName[] {
  return kind === "staffing" ? ["plan"] : VIEW_NAMES.filter((v) => v !== "plan");
}

/** Everything a view needs to draw itself and to change the choices. */
export interface ViewContext {
  results: Results;
  locale: Locale;
  format: Format;
  choices: Choices;
  choose(patch: Partial<Choices>): void;
  /** A cell of a table as text in the chosen language. */
  cell(v: string | number | null): string;
}
