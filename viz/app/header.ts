import { observedDays } from "../data/metricKinds.js";
import { LANGUAGES, makeFormat, type Locale } from "../i18n/index.js";
import type { App, State } from "./appState.js";
import { el } from "./dom.js";
import { readFile } from "./fileDrop.js";

/**
 * The page's header: the file's title (`title`: as the chosen language shows it, null with no
 * file) and facts, the language switch and the file picker.
 */
export function header(state: State, app: App, t: Locale["t"], title: string | null): HTMLElement {
  const h = el("header", "top");
  const r = state.results;
  h.append(el("h1", "", title ?? t("appTitle")));
  if (r !== null && r.calibration !== null) {
    const format = makeFormat(state.lang, r.currency);
    const c = r.calibration;
    const facts = [
      t("kindCalibration"),
      c.scenario.file,
      t("calibrationConfidence", { level: format.percent(c.confidence, 0) }),
      `${t("engine")} ${r.engineVersion}`,
    ];
    h.append(el("p", "facts", facts.join(" · ")));
  } else if (r !== null && r.plan !== null) {
    const format = makeFormat(state.lang, r.currency);
    const facts = [
      `${t("kindStaffing")}: ${r.plan.mode}`,
      `${t("seed")} ${r.seed}`,
      format.count(r.replications, t("replications")),
      `${t("engine")} ${r.engineVersion}`,
    ];
    h.append(el("p", "facts", facts.join(" · ")));
  } else if (r !== null) {
    const base = r.setUps[0]!;
    const format = makeFormat(state.lang, r.currency);
    const facts = [
      r.kind === "run" ? t("kindRun") : `${t("kindExperiment")}: ${format.count(r.setUps.length, t("setUpCount"))}`,
      `${t("seed")} ${r.seed}`,
      format.count(r.replications, t("replications")),
      format.count(observedDays(base), t("observedDays")),
      ...(base.observation.warmupDays === null ? [] : [format.count(base.observation.warmupDays, t("warmupDays"))]),
      `${t("engine")} ${r.engineVersion}`,
      `${t("scenario")} ${base.hash.slice(0, 19)}…`,
    ];
    h.append(el("p", "facts", facts.join(" · ")));
    if (r.replications < 2) h.append(el("p", "notice one-replication", t("oneReplication")));
    if (r.failures.length > 0) {
      const box = el("details", "failures");
      box.append(el("summary", "", t("failedReplications", { n: r.failures.length })));
      for (const f of r.failures)
        box.append(
          el("p", "", `${f.setUp}, ${t("replication")} ${f.replication} (${t("seed")} ${f.seed}): ${f.message}`),
        );
      h.append(box);
    }
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
  if (r === null) picker.append(el("span", "", `${t("dropHere")} `));
  picker.append(el("span", "button", `${t("openFile")}…`));
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
