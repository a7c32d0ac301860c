import type { Results } from "../data/results.js";
import type { Format, Locale } from "../i18n/index.js";

/** What the user has chosen, kept across re-renders. */
export interface Choices {
  /** The open view, or "all" (every view one after another, for reading through or printing). */
  view: ViewName | "all";
  /** Indices of the set-ups shown (experiments), in the file's order; empty for the base alone. */
  setUps: number[];
  /** Several set-ups drawn over one another in each chart, or two in columns side by side. */
  layout: Layout;
  /** Day of the trace shown in the staff timeline (0-based day of the run), or -1 for the first. */
  day: number;
  /** Client whose story is shown, or "" for the first listed. */
  client: string;
}

export type Layout = "overlay" | "sideBySide";

/** The choices of a freshly opened file: the key figures of the base. */
export const FIRST_CHOICES: Choices = { view: "comparison", setUps: [], layout: "overlay", day: -1, client: "" };

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
  "calibration",
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** The views a kind of results file has: a staffing plan and a calibration report one each, runs and experiments the rest. */
export function viewsFor(kind: Results["kind"]): readonly ViewName[] {
  if (kind === "staffing") return ["plan"];
  if (kind === "calibration") return ["calibration"];
  return VIEW_NAMES.filter((v) => v !== "plan" && v !== "calibration");
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
