import { el } from "../app/dom.js";
import type { ViewContext } from "../app/viewContext.js";
import { verdict } from "../figures/index.js";

/** The experiment's verdict in the page's language (as text, never HTML); null for a file without a ranking. */
export function verdictParagraph(ctx: ViewContext): HTMLElement | null {
  const text = verdict(ctx.results, ctx.locale.lang);
  return text === null ? null : el("p", "verdict", text);
}
