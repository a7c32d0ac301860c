/** A text of a chart that overlaps another, or is drawn too small to read. */
export interface LayoutProblem {
  chart: string;
  problem: "overlap" | "too small" | "outside";
  texts: string[];
  /** Overlap: the overlapping width × height in CSS pixels (a negative width: too close); too small: the rendered font size; outside: how far out. */
  size: string;
}

/**
 * Runs in the page (passed to `page.evaluate`, so it is self-contained): for every SVG chart
 * under `root`, the bounding boxes of its texts and legend items (an item, swatch and label, as
 * one box) as drawn on screen. Two on the same line (sharing more than `slack` pixels of height)
 * that overlap or come closer than `gap` pixels side by side are a problem, unless one of them
 * sits inside an element marked `data-overlap="allowed"`; so is any text that reaches more than
 * `slack` pixels out of its chart (cut off), and any text drawn smaller than `minFontPx`.
 */
export function layoutProblems(o: { root: string; slack: number; gap: number; minFontPx: number }): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (e.textContent ?? "").trim() !== "";
  };
  for (const svg of document.querySelectorAll<SVGSVGElement>(`${o.root} svg.chart`)) {
    const chart = svg.getAttribute("class") ?? "";
    const boxes = [
      ...svg.querySelectorAll<SVGGraphicsElement>("g.legend-item"),
      ...[...svg.querySelectorAll<SVGTextElement>("text")].filter((t) => t.closest("g.legend-item") === null),
    ]
      .filter((e) => visible(e) && e.closest('[data-overlap="allowed"]') === null)
      .map((e) => ({ text: (e.textContent ?? "").trim(), r: e.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > -o.gap && h > o.slack)
          problems.push({
            chart,
            problem: "overlap",
            texts: [boxes[i]!.text, boxes[j]!.text],
            size: `${w.toFixed(1)}×${h.toFixed(1)}`,
          });
      }
    const edge = svg.getBoundingClientRect();
    for (const { text, r } of boxes) {
      const out = Math.max(edge.left - r.left, r.right - edge.right, edge.top - r.top, r.bottom - edge.bottom);
      if (out > o.slack) problems.push({ chart, problem: "outside", texts: [text], size: out.toFixed(1) });
    }
    for (const t of svg.querySelectorAll<SVGTextElement>("text")) {
      if (!visible(t)) continue;
      const m = t.getScreenCTM();
      const scale = m === null ? 1 : Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < o.minFontPx)
        problems.push({ chart, problem: "too small", texts: [(t.textContent ?? "").trim()], size: px.toFixed(1) });
    }
  }
  return problems;
}
