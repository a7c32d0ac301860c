// @vitest-environment happy-dom
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startApp } from "../../../viz/app/app.js";
import { readResults } from "../../../viz/data/readResults.js";
import { mutateResults, resultsMutations, writeSmallResults } from "../../helpers/hostileResults.js";

/** Attributes of the page that hold a number that is not one (NaN, Infinity), with their element. */
function brokenAttributes(root: HTMLElement): string[] {
  const broken: string[] = [];
  for (const e of root.querySelectorAll("*"))
    for (const a of e.attributes)
      if (/NaN|Infinity/.test(a.value)) broken.push(`<${e.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`);
  return broken;
}

describe("startApp(root) on hostile results files", () => {
  const small = writeSmallResults(mkdtempSync(join(tmpdir(), "clientflow-hostile-page-")));

  it("draws every view of any file that readResults accepts without throwing or NaN in an attribute", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.boolean(), resultsMutations, (experiment, mutations) => {
        const text = mutateResults(experiment ? small.experiment : small.run, mutations);
        if (!readResults(text).ok) return;
        accepted++;
        const root = document.createElement("div");
        const app = startApp(root, "en");
        app.load(text);
        root.querySelector<HTMLButtonElement>('button[data-view="all"]')!.click();
        expect(root.querySelector(".problem")).toBeNull();
        expect(brokenAttributes(root)).toEqual([]);
      }),
      {
        numRuns: 12,
        seed: 18,
        examples: [
          [false, [{ kind: "group", at: 0, group: "flow.", value: 1e308 }]],
          [false, [{ kind: "group", at: 0, group: "interval.", value: 1e100 }]],
          [true, [{ kind: "group", at: 1, group: "inbound.", value: -1e100 }]],
          [false, [{ kind: "group", at: 0, group: "window.days", value: 1e-100 }]],
        ],
      },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
