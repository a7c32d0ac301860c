import { readResults } from "../data/readResults.js";
import { makeFormat, makeLocale, type Lang, type StringKey } from "../i18n/index.js";
import {
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
import { viewsFor, type Choices, type ViewContext, type ViewName } from "./viewContext.js";

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
};

/** Starts the viewer in `root`: a header (file, language), the views as tabs, the active view. */
export function startApp(root: HTMLElement, lang: Lang): App {
  const state: State = {
    results: null,
    problem: null,
    lang,
    choices: { view: "comparison", setUp: 0, day: -1, client: "" },
  };
  const render = () => {
    const locale = makeLocale(state.lang);
    document.documentElement.lang = state.lang;
    document.title = state.results === null ? locale.t("appTitle") : `${state.results.title} — ${locale.t("appTitle")}`;
    const parts: HTMLElement[] = [header(state, app, locale.t)];
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
    render();
  };
  const app: App = {
    load(text) {
      const read = readResults(text);
      if (read.ok) {
        state.results = read.results;
        state.problem = null;
        state.choices = { view: "comparison", setUp: 0, day: -1, client: "" };
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
  render();
  return app;
}
