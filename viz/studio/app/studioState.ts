import type { Lang } from "../../i18n/index.js";

/** What the studio holds: the language, the original scenario and the edits (plain JSON, oldest first). */
export interface StudioState {
  lang: Lang;
  original: unknown;
  /** Every version of the edited scenario, the current last; undo drops the last. */
  history: unknown[];
}

/** The scenario being edited. */
export const current = (s: StudioState): unknown => s.history[s.history.length - 1];
