import { tableToCsv, type Table } from "../figures/index.js";
import type { Locale } from "../i18n/index.js";
import { el } from "./dom.js";

/** Rows shown in the page; the CSV download always has every row. */
const SHOWN_ROWS = 400;

/** A table under a chart: folded by default, with a CSV download of every row. */
export function tableView(table: Table, locale: Locale, format: (v: string | number | null) => string): HTMLElement {
  const box = el("details", "data-table");
  box.dataset["table"] = table.name;
  const summary = el("summary", "", `${table.title} (${table.rows.length})`);
  box.append(summary);
  const button = el("button", "csv", locale.t("downloadCsv"));
  button.type = "button";
  button.dataset["table"] = table.name;
  button.addEventListener("click", () => downloadCsv(table));
  box.append(button);
  const t = el("table");
  const head = el("tr");
  for (const c of table.columns) head.append(el("th", "", c));
  const thead = el("thead");
  thead.append(head);
  t.append(thead);
  const body = el("tbody");
  for (const row of table.rows.slice(0, SHOWN_ROWS)) {
    const tr = el("tr");
    for (const v of row) tr.append(el("td", typeof v === "number" ? "num" : "", format(v)));
    body.append(tr);
  }
  t.append(body);
  box.append(t);
  if (table.rows.length > SHOWN_ROWS) box.append(el("p", "note", `… ${SHOWN_ROWS} / ${table.rows.length}`));
  return box;
}

/** Offers the table as a CSV file download (works from a report opened from disk too). */
export function downloadCsv(table: Table): void {
  const blob = new Blob([tableToCsv(table)], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${table.name}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
