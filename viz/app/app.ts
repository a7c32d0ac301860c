import { observedDays } from "../data/metricKinds.js";
import { readResults, type ReadProblem } from "../data/readResults.js";
import type { Results } from "../data/results.js";
import { LANGUAGES, makeFormat, makeLocale, type Lang, type StringKey } from "../i18n/index.js";
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
import { el } from "./dom.js";
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

/** The viewer's state: the file read (or why not), the language and the user's choices. */
interface State {
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
      if (!views.includes(state.choices.view)) state.choices = { ...state.choices, view: views[0]! };
      for (const name of views) {
        const b = el(
          "button",
          name === state.choices.view ? "tab active" : "tab",
          locale.t(`view_${name}` as StringKey),
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
      main.append(VIEWS[state.choices.view](ctx));
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

function header(state: State, app: App, t: ReturnType<typeof makeLocale>["t"]): HTMLElement {
  const h = el("header", "top");
  const r = state.results;
  h.append(el("h1", "", r === null ? t("appTitle") : r.title));
  if (r !== null && r.plan !== null) {
    const facts = [
      `${t("kindStaffing")}: ${r.plan.mode}`,
      `${t("seed")} ${r.seed}`,
      `${r.replications} ${t("replications")}`,
      `${t("engine")} ${r.engineVersion}`,
    ];
    h.append(el("p", "facts", facts.join(" · ")));
  } else if (r !== null) {
    const base = r.setUps[0]!;
    const format = makeFormat(state.lang, r.currency);
    const facts = [
      r.kind === "run" ? t("kindRun") : `${t("kindExperiment")}: ${r.setUps.length}`,
      `${t("seed")} ${r.seed}`,
      `${r.replications} ${t("replications")}`,
      `${format.number(observedDays(base), 1)} ${t("observedDays")}`,
      ...(base.observation.warmupDays === null ? [] : [`${base.observation.warmupDays} ${t("warmupDays")}`]),
      `${t("engine")} ${r.engineVersion}`,
    ];
    h.append(el("p", "facts", facts.join(" · ")));
  }
  const tools = el("div", "tools");
  const langs = el("div", "languages");
  langs.append(el("span", "", `${t("language")}: `));
  for (const l of LANGUAGES) {
    const b = el("button", l === state.lang ? "lang active" : "lang", l.toUpperCase());
    b.type = "button";
    b.dataset["lang"] = l;
    b.addEventListener("click", () => app.setLanguage(l));
    langs.append(b);
  }
  const picker = el("label", "file-picker");
  picker.append(el("span", "", r === null ? t("dropHere") : `${t("openFile")}: `));
  const input = el("input");
  input.type = "file";
  input.accept = ".json,application/json";
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file !== undefined) void readFile(file, app);
  });
  picker.append(input);
  tools.append(langs, picker);
  h.append(tools);
  return h;
}

function readFile(file: File, app: App): Promise<void> {
  return file.text().then(
    (text) => app.load(text),
    (e: unknown) => app.fail({ problem: "network", detail: String(e) }),
  );
}

let listening = false;

/** A results file dropped anywhere on the page is opened. */
function listenForDrops(app: App): void {
  if (listening) return;
  listening = true;
  document.addEventListener("dragover", (e) => {
    e.preventDefault();
    document.body.classList.add("dragging");
  });
  document.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    document.body.classList.remove("dragging");
    const file = e.dataTransfer?.files[0];
    if (file !== undefined) void readFile(file, app);
  });
}
