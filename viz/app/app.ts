import { NameLabels } from "../../engine/results/index.js";
import { readResults } from "../data/readResults.js";
import { makeFormat, makeLocale, type Lang, type StringKey } from "../i18n/index.js";
import {
  calibrationView,
  comparisonView,
  controlView,
  flowView,
  planView,
  staffingView,
  storyView,
  timelineView,
  timeOfDayView,
  waitsView,
} from "../views/index.js";
import type { App, State } from "./appState.js";
import { el } from "./dom.js";
import { listenForDrops } from "./fileDrop.js";
import { header } from "./header.js";
import { choicesFromHash, choicesToHash } from "./address.js";
import { FIRST_CHOICES, viewsFor, type Choices, type ViewContext, type ViewName } from "./viewContext.js";

const VIEWS: Record<ViewName, (ctx: ViewContext) => HTMLElement> = {
  comparison: comparisonView,
  timeOfDay: timeOfDayView,
  staffing: staffingView,
  timeline: timelineView,
  flow: flowView,
  waits: waitsView,
  control: controlView,
  story: storyView,
  plan: planView,
  calibration: calibrationView,
};

/** Starts the viewer in `root`: a header (file, language), the views as tabs, the active view. */
export function startApp(root: HTMLElement, lang: Lang): App {
  const state: State = {
    results: null,
    problem: null,
    lang,
    choices: FIRST_CHOICES,
  };
  const render = () => {
    const locale = makeLocale(state.lang, NameLabels.of(state.results?.setUps[0]?.definition));
    document.documentElement.lang = state.lang;
    const title = state.results === null ? null : locale.names.label(state.results.title, state.lang, "scenario");
    document.title = title === null ? locale.t("appTitle") : `${title} — ${locale.t("appTitle")}`;
    const parts: HTMLElement[] = [header(state, app, locale.t, title)];
    if (state.problem !== null) {
      const box = el("div", "problem", locale.t(`problem_${state.problem.problem}`, { detail: state.problem.detail }));
      box.setAttribute("role", "alert");
      parts.push(box);
    }
    const results = state.results;
    if (results !== null) {
      const format = makeFormat(state.lang, results.currency);
      const nav = el("nav", "tabs");
      nav.setAttribute("role", "tablist");
      const views = viewsFor(results.kind);
      const shown = state.choices.view;
      if (shown !== "all" && !views.includes(shown)) state.choices = { ...state.choices, view: views[0]! };
      for (const name of [...views, "all" as const]) {
        const b = el(
          "button",
          name === state.choices.view ? "tab active" : "tab",
          locale.t(name === "all" ? "allViews" : (`view_${name}` as StringKey)),
        );
        b.type = "button";
        b.dataset["view"] = name;
        b.setAttribute("role", "tab");
        b.setAttribute("aria-selected", String(name === state.choices.view));
        b.addEventListener("click", () => choose({ view: name }));
        nav.append(b);
      }
      parts.push(nav);
      const ctx: ViewContext = {
        results,
        locale,
        format,
        choices: state.choices,
        choose,
        cell: (v) => (typeof v === "number" ? format.number(v, Math.abs(v) < 10 ? 3 : 1) : (v ?? "")),
      };
      const main = el("main", "view-area");
      if (state.choices.view === "all")
        for (const name of views) {
          main.append(el("h2", "view-title", locale.t(`view_${name}` as StringKey)));
          main.append(VIEWS[name](ctx));
        }
      else main.append(VIEWS[state.choices.view](ctx));
      parts.push(main);
    }
    root.replaceChildren(...parts);
  };
  const choose = (patch: Partial<Choices>) => {
    state.choices = { ...state.choices, ...patch };
    if (state.results !== null) keepInAddress(choicesToHash(state.choices, state.results));
    render();
  };
  const app: App = {
    load(text) {
      const read = readResults(text);
      if (read.ok) {
        state.results = read.results;
        state.problem = null;
        state.choices = choicesFromHash(location.hash, read.results, FIRST_CHOICES);
      } else {
        state.problem = read.error;
      }
      render();
    },
    fail(problem) {
      state.problem = problem;
      render();
    },
    setLanguage(next) {
      state.lang = next;
      render();
    },
  };
  listenForDrops(app);
  // A link pasted into the address bar of an open page, or the browser's back and forward.
  window.addEventListener("hashchange", () => {
    if (state.results === null) return;
    state.choices = choicesFromHash(location.hash, state.results, state.choices);
    render();
  });
  render();
  return app;
}

/** Puts the choices in the page's address without adding a step to its history. */
function keepInAddress(hash: string): void {
  if (location.hash === hash) return;
  try {
    history.replaceState(history.state, "", hash);
  } catch {
    location.hash = hash;
  }
}
