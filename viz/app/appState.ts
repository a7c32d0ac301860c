import type { ReadProblem } from "../data/readResults.js";
import type { Results } from "../data/results.js";
import type { Lang } from "../i18n/index.js";
import type { Choices } from "./viewContext.js";

/** The viewer's state: the file read (or why not), the language and the user's choices. */
export interface State {
  results: Results | null;
  problem: ReadProblem | null;
  lang: Lang;
  choices: Choices;
}

/** The running viewer: load a file's text, switch language; it redraws itself. */
export interface App {
  load(text: string): void;
  fail(problem: ReadProblem): void;
  setLanguage(lang: Lang): void;
}
