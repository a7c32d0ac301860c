import { el } from "../app/dom.js";
import type { ViewContext } from "../app/viewContext.js";
import { JUDGEMENT_COLOURS } from "../charts/judgementColours.js";
import { ranking, type RankingRow, type RankingStep } from "../figures/index.js";
import type { Locale } from "../i18n/index.js";

/**
 * The experiment's ranking, best first: rank, set-up, objective mean, the paired step behind the
 * set-up above and behind the best (coloured by what it says of the set-up behind), and notes
 * (constraints broken or in doubt, worse on every figure, dominated, tied with the best). Null
 * for a file without a ranking. On a phone each row becomes a card, each cell under its header.
 */
export function rankingTable(ctx: ViewContext): HTMLElement | null {
  const f = ranking(ctx.results, ctx.locale, ctx.format);
  if (f === null) return null;
  const t = ctx.locale.t;
  const box = el("div", "ranking-box");
  const table = el("table", "ranking");
  table.dataset["direction"] = f.direction;
  const objective = f.objectiveLabel;
  table.append(el("caption", "", t("rankingCaption", { objective, direction: t(`direction_${f.direction}`) })));
  const heads = [
    t("rank"),
    t("setUp"),
    t("rankingMean", { objective }),
    t("behindPrevious"),
    t("behindBest"),
    t("rankingNotes"),
  ];
  const head = el("tr");
  for (const h of heads) head.append(el("th", "", h));
  const thead = el("thead");
  thead.append(head);
  const body = el("tbody");
  for (const row of f.rows) {
    const tr = el("tr");
    tr.dataset["setUp"] = row.setUp;
    tr.dataset["rank"] = String(row.rank);
    const objectiveCell = el("td", "objective num", row.objectiveText);
    if (row.objective !== null) objectiveCell.dataset["value"] = String(row.objective);
    const cells = [
      el("td", "rank num", String(row.rank)),
      el("td", "set-up", row.setUp),
      objectiveCell,
      stepCell("behind-previous", row.behindPrevious, ctx.locale),
      stepCell("behind-best", row.behindBest, ctx.locale),
      notesCell(row, ctx.locale),
    ];
    cells.forEach((c, i) => c.setAttribute("data-label", heads[i]!));
    tr.append(...cells);
    body.append(tr);
  }
  table.append(thead, body);
  box.append(table, el("p", "note ranking-note", t("rankingNote")));
  return box;
}

/** A step with its interval, coloured as the comparison chart colours a judgement. */
function stepCell(name: string, step: RankingStep | null, locale: Locale): HTMLTableCellElement {
  const td = el("td", `step ${name} num`);
  if (step === null) return td;
  td.dataset["judgement"] = step.judgement;
  td.dataset["behind"] = String(step.behind);
  td.style.color = JUDGEMENT_COLOURS[step.judgement];
  td.title = locale.t(step.judgement === "notSignificant" ? "notSignificant" : `judgement_${step.judgement}`);
  td.append(el("span", "step-value", step.text), " ", el("span", "step-interval", step.interval));
  return td;
}

/** The notes of a set-up, one to a line. */
function notesCell(row: RankingRow, locale: Locale): HTMLTableCellElement {
  const td = el("td", "notes");
  const t = locale.t;
  const notes: [string, string | null][] = [
    ["breaks", row.breaks.length === 0 ? null : t("breaksConstraint", { list: row.breaks.join("; ") })],
    ["uncertain", row.uncertain.length === 0 ? null : t("uncertainConstraint", { list: row.uncertain.join("; ") })],
    [
      "worse-on-every",
      row.worseOnEveryFigureThan === null ? null : t("worseOnEveryFigure", { name: row.worseOnEveryFigureThan }),
    ],
    ["dominated", row.dominatedBy === null ? null : t("dominatedBy", { name: row.dominatedBy })],
    ["tied", row.tiedWithBest ? t("tiedWithBest") : null],
  ];
  for (const [kind, text] of notes) if (text !== null) td.append(el("span", `mark ${kind}`, text));
  return td;
}
