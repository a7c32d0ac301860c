import { el } from "../../app/dom.js";
import type { Lang } from "../../i18n/index.js";
import type { StudioKey } from "../i18n/studioStrings.js";
import { studioText } from "../i18n/studioText.js";

/** An element showing the studio's text `key`; relabelled when the language changes. */
export function textEl<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  key: StudioKey,
  lang: Lang,
): HTMLElementTagNameMap[K] {
  const e = el(tag, className, studioText(lang, key));
  e.dataset["t"] = key;
  return e;
}

/** Shows every text made by textEl under `root` in `lang`. */
export function relabel(root: HTMLElement, lang: Lang): void {
  for (const e of root.querySelectorAll<HTMLElement>("[data-t]"))
    e.textContent = studioText(lang, e.dataset["t"] as StudioKey);
}
