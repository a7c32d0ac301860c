import type { Bar, BarOptions } from "../charts/index.js";
import type { Estimate } from "../figures/index.js";

/** One list of estimates per set-up, with the set-up's name and colour. */
export interface SetUpBars {
  name: string;
  colour: string;
  items: Pick<Estimate, "label" | "summary">[];
}

/**
 * The bars of several set-ups in one chart: for each label (in the order first met), a bar per
 * set-up that has it, in the set-up's colour, the label written once; and the options naming the
 * set-ups in the legend. One set-up's bars are drawn as they are.
 */
export function overlaidBars(lists: SetUpBars[], options: BarOptions): [Bar[], BarOptions] {
  if (lists.length === 1) return [lists[0]!.items, options];
  const labels = [...new Set(lists.flatMap((l) => l.items.map((e) => e.label)))];
  const bars = labels.flatMap((label) =>
    lists.flatMap((l) => {
      const e = l.items.find((x) => x.label === label);
      return e === undefined ? [] : [{ label, summary: e.summary, setUp: l.name, colour: l.colour }];
    }),
  );
  const shown = bars.map((b, i) => (i > 0 && bars[i - 1]!.label === b.label ? { ...b, label: "" } : b));
  return [shown, { ...options, series: lists.map((l) => ({ name: l.name, colour: l.colour })) }];
}
