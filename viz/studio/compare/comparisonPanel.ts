import type { ExperimentResults } from "../../../engine/index.js";
import {
  MEASURES,
  NameLabels,
  formatWithInterval,
  rowId,
  rowLabel,
  verdictText,
} from "../../../engine/results/index.js";
import { el } from "../../app/dom.js";
import type { Lang } from "../../i18n/index.js";
import { studioText } from "../i18n/studioText.js";
import { EDITED_SET_UP } from "./compareInPage.js";

/** The comparison's verdict and its paired differences of the key figures (edited − original). */
export function comparisonPanel(lang: () => Lang): {
  element: HTMLElement;
  show: (results: ExperimentResults) => void;
  clear: () => void;
  redraw: () => void;
} {
  const element = el("section", "studio-comparison");
  let last: ExperimentResults | null = null;
  const draw = () => {
    if (last === null) return element.replaceChildren();
    const l = lang();
    const t = (k: Parameters<typeof studioText>[1]) => studioText(l, k);
    const names = NameLabels.of(last.setUps[0]!.scenario.definition);
    const currency = last.setUps[0]!.scenario.currency ?? "RUB";
    const verdict = el("p", "verdict", verdictText(last, l) ?? "");
    const table = el("table", "paired-differences");
    const head = el("tr");
    for (const k of ["figure", "difference", "significant"] as const) head.append(el("th", "", t(k)));
    table.append(el("caption", "", t("pairedDifferences")), head);
    const shown = new Set(last.shownMetrics.map(rowId));
    for (const row of last.differences[EDITED_SET_UP] ?? []) {
      if (!shown.has(rowId(row)) || row.difference === null) continue;
      const d = row.difference;
      const tr = el("tr", d.significant ? "significant" : "not-significant");
      tr.append(
        el("td", "", rowLabel(row, l, names)),
        el("td", "number", formatWithInterval(d.mean, d.ci95, MEASURES[row.measure].unit, l, currency, true)),
        el("td", "", t(d.significant ? "significant" : "notSignificant")),
      );
      table.append(tr);
    }
    element.replaceChildren(el("h2", "", t("verdict")), verdict, table);
  };
  return {
    element,
    show(results) {
      last = results;
      draw();
    },
    clear() {
      last = null;
      draw();
    },
    redraw: draw,
  };
}
