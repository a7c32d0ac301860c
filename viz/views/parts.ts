import { el, select } from "../app/dom.js";
import type { Layout, ViewContext } from "../app/viewContext.js";
import { setUpColour } from "../charts/setUpColours.js";
import type { StringKey } from "../i18n/index.js";
import type { SetUp } from "../data/results.js";

/** The frame of a view: its intro text, then the controls, charts and tables appended later. */
export function viewBox(
  name: string,
  ctx: ViewContext,
  intro: StringKey,
  params: Record<string, string | number> = {},
): HTMLElement {
  const box = el("section", `view view-${name}`);
  box.dataset["view"] = name;
  box.append(el("p", "intro", ctx.locale.t(intro, params)));
  return box;
}

/**
 * The set-ups chosen (the base alone unless others are), after their checkboxes (each with its
 * colour) and the choice of overlaid or side by side, drawn when the file has several.
 */
export function chosenSetUps(ctx: ViewContext, box: HTMLElement): SetUp[] {
  const setUps = ctx.results.setUps;
  const kept = ctx.choices.setUps.filter((i) => i >= 0 && i < setUps.length);
  const chosen = kept.length > 0 ? kept : [0];
  if (setUps.length > 1) {
    const t = ctx.locale.t;
    const set = el("fieldset", "control set-ups");
    set.append(el("legend", "", t("setUps")));
    setUps.forEach((s, i) => {
      const label = el("label", "set-up-choice");
      const check = el("input");
      check.type = "checkbox";
      check.name = "set-up";
      check.value = String(i);
      check.checked = chosen.includes(i);
      check.addEventListener("change", () =>
        ctx.choose({ setUps: setUps.flatMap((_, j) => ((j === i ? check.checked : chosen.includes(j)) ? [j] : [])) }),
      );
      const swatch = el("span", "swatch");
      swatch.style.background = setUpColour(i);
      label.append(check, swatch, el("span", "", i === 0 ? `${s.name} (${t("base")})` : s.name));
      set.append(label);
    });
    box.append(set);
    const layouts: [Layout, string][] = [
      ["overlay", t("layout_overlay")],
      ["sideBySide", t("layout_sideBySide")],
    ];
    box.append(select(t("layout"), layouts, ctx.choices.layout, (v) => ctx.choose({ layout: v as Layout }), "layout"));
  }
  return chosen.map((i) => setUps[i]!);
}

/** The colour of a set-up of the file (the same in every view). */
export function colourOf(ctx: ViewContext, setUp: SetUp): string {
  return setUpColour(Math.max(0, ctx.results.setUps.indexOf(setUp)));
}

/**
 * Appends what `draw` makes of the chosen set-ups: of all of them at once (overlaid), or, side by
 * side, of each of the first two in a column of its own under its name.
 */
export function compared(
  ctx: ViewContext,
  box: HTMLElement,
  chosen: SetUp[],
  draw: (setUps: SetUp[]) => HTMLElement[],
): void {
  if (ctx.choices.layout !== "sideBySide" || chosen.length < 2) {
    box.append(...draw(chosen));
    return;
  }
  if (chosen.length > 2) box.append(el("p", "note", ctx.locale.t("sideBySideNote")));
  const row = el("div", "side-by-side");
  for (const s of chosen.slice(0, 2)) {
    const column = el("div", "side");
    column.dataset["setUp"] = s.name;
    column.append(el("h3", "side-title", s.name), ...draw([s]));
    row.append(column);
  }
  box.append(row);
}

/** A figure wrapper holding one chart. */
export function figure(chart: SVGSVGElement): HTMLElement {
  const f = el("figure", "chart-box");
  f.append(chart);
  return f;
}

/** A message where a view has nothing to show. */
export function nothing(text: string): HTMLElement {
  return el("p", "empty", text);
}
