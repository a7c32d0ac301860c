import { startApp } from "../../app/app.js";
import type { App } from "../../app/appState.js";
import { el } from "../../app/dom.js";
import { LANGUAGES, type Lang } from "../../i18n/index.js";
import { editorPanel } from "../editor/editorPanel.js";
import { checkScenario } from "../scenario/checkScenario.js";
import { DEFAULT_SCENARIO_TEXT } from "../scenario/defaultScenario.js";
import { openProblemText, openScenarioText, type OpenProblem } from "../scenario/openScenarioText.js";
import { compareInPage } from "../compare/compareInPage.js";
import { comparisonPanel } from "../compare/comparisonPanel.js";
import { resultsFileText } from "../run/resultsFileText.js";
import { runPanel } from "./runPanel.js";
import { current, type StudioState } from "./studioState.js";
import { relabel, textEl } from "./textEl.js";

/** Starts the studio in `root`: header, the scenario editor, the run panel, the comparison and the viewer. */
export function startStudio(root: HTMLElement, lang: Lang): void {
  const base: unknown = JSON.parse(DEFAULT_SCENARIO_TEXT);
  const state: StudioState = { lang, original: base, history: [structuredClone(base)] };
  const header = el("header", "top studio-top");
  const title = textEl("h1", "", "studioTitle", lang);
  const problem = el("p", "studio-open-problem");
  problem.setAttribute("role", "alert");
  const langs = el("div", "languages");
  for (const l of LANGUAGES) {
    const b = el("button", "lang", l.toUpperCase());
    b.type = "button";
    b.dataset["lang"] = l;
    b.addEventListener("click", () => setLanguage(l));
    langs.append(b);
  }
  const picker = el("label", "file-picker studio-open");
  picker.append(textEl("span", "button", "openScenario", lang));
  const input = el("input");
  input.type = "file";
  input.accept = ".json,application/json";
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file !== undefined) void file.text().then((text) => open(text, file.name));
  });
  picker.append(input);
  header.append(title, langs, picker, problem);

  const comparison = comparisonPanel(() => state.lang);
  const editor = editorPanel({ state, changed: () => comparison.clear() });
  const viewerRoot = el("section", "studio-results");
  let viewer: App | null = null;
  const panel = runPanel({
    lang: () => state.lang,
    edited: () => {
      const checked = checkScenario(current(state));
      return "scenario" in checked ? checked.scenario : null;
    },
    showResults: (text) => {
      viewer ??= startApp(viewerRoot, state.lang);
      viewer.load(text);
    },
    compare: async (o) => {
      const result = await compareInPage(state.original, current(state), o);
      comparison.show(result);
      return resultsFileText(result);
    },
  });
  root.replaceChildren(header, editor.element, panel, comparison.element, viewerRoot);
  // A scenario dropped on the editor opens there; the viewer's own drop (results) is elsewhere.
  editor.element.addEventListener("dragover", (e) => e.preventDefault());
  editor.element.addEventListener("drop", (e) => {
    e.preventDefault();
    e.stopPropagation();
    const file = e.dataTransfer?.files[0];
    if (file !== undefined) void file.text().then((text) => open(text, file.name));
  });

  let filesOpened = 0;
  // Scenarios and variants opened here, by file name: the bases later variants and experiments may name.
  const bases = new Map<string, unknown>();
  let refused: OpenProblem | null = null;
  const showProblem = () => (problem.textContent = refused === null ? "" : openProblemText(state.lang, refused));
  function open(text: string, name: string): void {
    // How many files the page was asked to open (read or refused): what a test waits for.
    root.dataset["opened"] = String(++filesOpened);
    const opened = openScenarioText(text, bases);
    refused = "problem" in opened ? opened : null;
    showProblem();
    if ("problem" in opened) return;
    if (opened.asBase !== undefined) bases.set(name, opened.asBase);
    state.original = opened.original;
    state.history = [opened.edited];
    comparison.clear();
    editor.redraw();
  }
  function setLanguage(next: Lang): void {
    state.lang = next;
    document.documentElement.lang = next;
    relabel(root, next);
    for (const b of langs.querySelectorAll<HTMLElement>("button"))
      b.className = b.dataset["lang"] === next ? "lang active" : "lang";
    editor.redraw();
    comparison.redraw();
    showProblem();
    viewer?.setLanguage(next);
  }
  setLanguage(lang);
}
