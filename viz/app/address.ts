import type { Results } from "../data/results.js";
import { VIEW_NAMES, type Choices, type ViewName } from "./viewContext.js";

/**
 * The part of the choices kept in the page's address (its hash), so that a reload or a shared
 * link opens the same view: `view=waits&setups=base,serve&layout=sideBySide`. Each set-up name is
 * URL-encoded on its own (a comma in a name becomes %2C), so a name may hold any character.
 */
export function choicesToHash(choices: Choices, results: Results): string {
  const parts = [`view=${encodeURIComponent(choices.view)}`];
  const names = choices.setUps.map((i) => results.setUps[i]?.name).filter((n) => n !== undefined);
  if (names.length > 0) parts.push(`setups=${names.map(encodeURIComponent).join(",")}`);
  if (choices.layout !== "overlay") parts.push(`layout=${choices.layout}`);
  return `#${parts.join("&")}`;
}

/**
 * The choices an address names, over `choices`: a known view, the set-ups named that the file
 * has (unknown names are left out), the layout. Anything unreadable is ignored.
 */
export function choicesFromHash(hash: string, results: Results, choices: Choices): Choices {
  const next = { ...choices };
  for (const part of hash.replace(/^#/, "").split("&")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const key = part.slice(0, at);
    const value = part.slice(at + 1);
    if (key === "view") {
      const view = decode(value);
      if (view === "all" || (VIEW_NAMES as readonly string[]).includes(view ?? ""))
        next.view = view as ViewName | "all";
    } else if (key === "setups") {
      const wanted = new Set(value.split(",").map(decode));
      next.setUps = results.setUps.flatMap((s, i) => (wanted.has(s.name) ? [i] : []));
    } else if (key === "layout" && (value === "overlay" || value === "sideBySide")) next.layout = value;
  }
  return next;
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
