import { el } from "../app/dom.js";
import type { ViewContext } from "../app/viewContext.js";
import type { CalibrationReport } from "../../engine/results/index.js";

/**
 * The files a calibration read, in a table always shown, and under it every reason rows were
 * left out for with how many and the first row numbers (never folded away), or that none were.
 */
export function calibrationSources(ctx: ViewContext, r: CalibrationReport): HTMLElement[] {
  const t = ctx.locale.t;
  const f = ctx.format;
  const table = el("table", "calibration-sources");
  const head = el("tr");
  for (const key of ["cal_file", "cal_kind", "cal_rowsRead", "cal_rowsUsed", "cal_rowsLeftOut", "cal_period"] as const)
    head.append(el("th", "", t(key)));
  const thead = el("thead");
  thead.append(head);
  const body = el("tbody");
  for (const s of r.sources) {
    const tr = el("tr");
    tr.dataset["file"] = s.file;
    tr.append(
      el("td", "", s.file),
      el("td", "", t(`cal_kind_${s.kind}`)),
      el("td", "num rows-read", f.number(s.rowsRead, 0)),
      el("td", "num rows-used", f.number(s.rowsUsed, 0)),
      el("td", "num rows-left-out", f.number(s.rowsRead - s.rowsUsed, 0)),
      el("td", "", `${s.firstDay} – ${s.lastDay}`),
    );
    body.append(tr);
  }
  table.append(thead, body);
  const wrap = el("div", "table-scroll");
  wrap.append(table);
  const parts: HTMLElement[] = [el("h3", "", t("cal_sources")), wrap];
  for (const s of r.sources) {
    const reasons = Object.entries(s.badRows);
    const box = el("div", "bad-rows");
    box.dataset["file"] = s.file;
    if (reasons.length === 0) {
      box.append(el("p", "no-bad-rows", t("cal_noBadRows", { file: s.file })));
    } else {
      box.append(el("p", "", t("cal_badRowsOf", { file: s.file })));
      const list = el("ul");
      for (const [reason, b] of reasons) {
        const item = el(
          "li",
          "bad-row",
          t("cal_badRow", { reason, rows: f.count(b.count, t("cal_rows")), first: b.rows.join(", ") }),
        );
        item.dataset["reason"] = reason;
        item.dataset["count"] = String(b.count);
        list.append(item);
      }
      box.append(list);
    }
    parts.push(box);
  }
  return parts;
}
