import type { Scenario } from "../../../engine/index.js";
import { el } from "../../app/dom.js";
import type { Lang } from "../../i18n/index.js";
import { studioText } from "../i18n/studioText.js";
import { pageWorkers } from "../run/pageWorkerPool.js";
import { runInPage } from "../run/runInPage.js";
import type { StudioKey } from "../i18n/studioStrings.js";
import { download } from "./download.js";
import { progressBox } from "./progressBox.js";
import { textEl } from "./textEl.js";

/** What the run panel asks of the page. */
export interface RunPanelHost {
  lang: () => Lang;
  /** The edited scenario when valid, else null. */
  edited: () => Scenario | null;
  /** Shows a results file's text in the viewer. */
  showResults: (text: string) => void;
  /** Runs the comparison of the original and the edited set-up; gives the experiment's results file. */
  compare: (o: {
    seed: string;
    replications: number;
    signal: AbortSignal;
    onProgress: (d: number, t: number) => void;
  }) => Promise<string>;
}

/** Seed, replications, Run, Compare, Cancel, the progress bar and the download of the results file. */
export function runPanel(host: RunPanelHost): HTMLElement {
  const t = (key: Parameters<typeof studioText>[1], p?: Record<string, string | number>) =>
    studioText(host.lang(), key, p);
  const box = el("section", "studio-run");
  const seed = el("input");
  seed.name = "seed";
  seed.value = "1";
  const reps = el("input");
  reps.name = "replications";
  reps.type = "number";
  reps.min = "1";
  reps.max = "100000";
  reps.value = "10";
  const lang = host.lang();
  const runButton = textEl("button", "run", "run", lang);
  const compareButton = textEl("button", "compare", "compare", lang);
  const cancelButton = textEl("button", "cancel", "cancel", lang);
  const saveButton = textEl("button", "download-results", "downloadResults", lang);
  for (const b of [runButton, compareButton, cancelButton, saveButton]) b.type = "button";
  cancelButton.disabled = true;
  saveButton.disabled = true;
  const progress = progressBox();
  let lastText = "";
  let running: AbortController | null = null;

  const label = (key: StudioKey, input: HTMLElement) => {
    const l = el("label", "control");
    l.append(textEl("span", "", key, lang), input);
    return l;
  };
  const settings = () => ({ seed: seed.value === "" ? "1" : seed.value, replications: Number(reps.value) });
  const start = async (work: (signal: AbortSignal) => Promise<void>) => {
    running = new AbortController();
    runButton.disabled = compareButton.disabled = true;
    cancelButton.disabled = false;
    const began = performance.now();
    try {
      await work(running.signal);
      progress.say(t("finished", { seconds: ((performance.now() - began) / 1000).toFixed(1), workers: pageWorkers() }));
    } catch (e) {
      if (running.signal.aborted) progress.say(t("cancelled"));
      else progress.say(t("runFailed", { detail: e instanceof Error ? e.message : String(e) }), true);
    } finally {
      running = null;
      runButton.disabled = compareButton.disabled = false;
      cancelButton.disabled = true;
    }
  };
  const onProgress = (done: number, total: number) => progress.show(done, total, t("progress", { done, total }));

  runButton.addEventListener("click", () => {
    const scenario = host.edited();
    if (scenario === null) return;
    const { seed: s, replications } = settings();
    void start(async (signal) => {
      onProgress(0, replications);
      const run = await runInPage(scenario, { seed: s, replications, onProgress, signal });
      lastText = run.text;
      saveButton.disabled = false;
      host.showResults(run.text);
    });
  });
  compareButton.addEventListener("click", () => {
    const { seed: s, replications } = settings();
    void start(async (signal) => {
      onProgress(0, replications * 2);
      lastText = await host.compare({ seed: s, replications, signal, onProgress });
      saveButton.disabled = false;
      host.showResults(lastText);
    });
  });
  cancelButton.addEventListener("click", () => running?.abort());
  saveButton.addEventListener("click", () => download("studio.results.json", lastText));
  const row = el("div", "studio-run-row");
  row.append(label("seed", seed), label("replications", reps), runButton, compareButton, cancelButton, saveButton);
  box.append(row, progress.element);
  return box;
}
