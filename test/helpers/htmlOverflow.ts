/** An element of the page that reaches out of the window or whose content spills out of its box. */
export interface HtmlOverflow {
  element: string;
  problem: "outside the window" | "content wider than its box" | "page scrolls sideways";
  /** How far, in CSS pixels. */
  by: number;
}

/**
 * Runs in the page (passed to `page.evaluate`, so it is self-contained): every visible element
 * matching one of `selectors` must lie within the window's width and hold its content without
 * spilling sideways (scrollWidth within clientWidth), and the page itself must not scroll
 * sideways; `slack` pixels are allowed for rounding.
 */
export function htmlOverflow(o: { selectors: string[]; slack: number }): HtmlOverflow[] {
  const found: HtmlOverflow[] = [];
  const width = document.documentElement.clientWidth;
  const name = (e: Element) => {
    const text = (e.textContent ?? "").trim().slice(0, 40);
    return `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} "${text}"`;
  };
  for (const selector of o.selectors)
    for (const e of document.querySelectorAll<HTMLElement>(selector)) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const out = Math.max(-r.left, r.right - width);
      if (out > o.slack) found.push({ element: name(e), problem: "outside the window", by: out });
      const spill = e.scrollWidth - e.clientWidth;
      if (spill > o.slack) found.push({ element: name(e), problem: "content wider than its box", by: spill });
    }
  const page = document.documentElement.scrollWidth - width;
  if (page > o.slack) found.push({ element: "html", problem: "page scrolls sideways", by: page });
  return found;
}
