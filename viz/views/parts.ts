import { el, select } from "../app/dom.js";
import type { ViewContext } from "../app/viewContext.js";
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

/** The chosen set-up, and a chooser when the file has several. */
export function chosenSetUp(ctx: ViewContext, box: HTMLElement): SetUp {
  const setUps = ctx.results.setUps;
  const index = Math.min(ctx.choices.setUp, setUps.length - 1);
  if (setUps.length > 1) {
    const options = setUps.map((s, i): [string, string] => [
      String(i),
      i === 0 ? `${s.name} (${ctx.locale.t("base")})` : s.name,
    ]);
    box.append(
      select(ctx.locale.t("setUp"), options, String(index), (v) => ctx.choose({ setUp: Number(v) }), "set-up"),
    );
  }
  return setUps[index]!;
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
