import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outcomesOf } from "../../../viz/data/outcomes.js";
import { readResults } from "../../../viz/data/readResults.js";
import type { Results } from "../../../viz/data/results.js";
import {
  allTables,
  clientStory,
  control,
  overtime,
  overtimeTable,
  flow,
  keyFigures,
  staffing,
  staffingPlan,
  storyClients,
  timeline,
  timeOfDay,
  traceDays,
  waits,
} from "../../../viz/figures/index.js";
import { makeFormat, makeLocale, type Lang } from "../../../viz/i18n/index.js";
import { fixture } from "../../helpers/fixtures.js";
import { mutateResults, resultsMutations, writeSmallResults } from "../../helpers/hostileResults.js";

/** Every number in a value that is not finite, with its path. */
function notFinite(value: unknown, path = "", out: string[] = []): string[] {
  if (typeof value === "number" && !Number.isFinite(value)) out.push(`${path}: ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => notFinite(v, `${path}[${i}]`, out));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) notFinite(v, `${path}.${k}`, out);
  return out;
}

/** What every view draws from a results file, as the viewer computes it. */
function everyFigure(r: Results, lang: Lang): unknown[] {
  const locale = makeLocale(lang);
  const figures: unknown[] = [allTables(r, locale, makeFormat(lang, r.currency))];
  if (r.plan !== null) return [...figures, staffingPlan(r.plan)];
  figures.push(keyFigures(r, locale));
  for (const s of r.setUps)
    figures.push(timeOfDay(s, locale), staffing(s), flow(s, locale), waits(s), control(s, locale));
  if (r.trace !== null) {
    const definition = r.setUps[0]!.definition;
    for (const day of traceDays(r.trace)) figures.push(timeline(r.trace, definition, day));
    const outcomes = outcomesOf(r.setUps[0]!);
    for (const c of storyClients(r.trace, outcomes).slice(0, 5)) figures.push(clientStory(r.trace, c.client, outcomes));
  }
  return figures;
}

describe("allTables(results) and the figures of every view on hostile results files", () => {
  const small = writeSmallResults(mkdtempSync(join(tmpdir(), "clientflow-hostile-results-")));
  const bases = [small.run, small.experiment, fixture("staffing").text];

  it("never throw and hold only finite numbers for any file that readResults accepts", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(bases.length - 1),
        resultsMutations,
        fc.constantFrom<Lang>("en", "ru"),
        (b, mutations, lang) => {
          const read = readResults(mutateResults(bases[b]!, mutations));
          if (!read.ok) {
            refused++;
            return;
          }
          accepted++;
          expect(notFinite(everyFigure(read.results, lang))).toEqual([]);
        },
      ),
      {
        numRuns: 100,
        seed: 18,
        // The cases the issue found, tried first: sums of huge values, a tiny day, a shown
        // metric named "constructor", trace times and indices past the run and its lists.
        examples: [
          [0, [{ kind: "group", at: 0, group: "flow.", value: 1e308 }], "en"],
          [0, [{ kind: "group", at: 0, group: "window.days", value: 5e-324 }], "en"],
          [1, [{ kind: "field", field: ["shownMetrics", 0], value: "constructor" }], "en"],
          [1, [{ kind: "field", field: ["setUps", 1, "name"], value: "constructor" }], "en"],
          [0, [{ kind: "event", at: 40, field: 0, value: 1e308 }], "en"],
          [0, [{ kind: "event", at: 40, field: 4, value: 99 }], "en"],
          [0, [{ kind: "event", at: 40, field: 3, value: 99 }], "ru"],
          [0, [{ kind: "field", field: ["trace", "pools", 0], value: "nobody" }], "en"],
          [0, [{ kind: "key", at: 0, key: "interval.ab.arrivalsPerDay", copy: true }], "en"],
        ],
      },
    );
    // The cases reach both outcomes: some changes are harmless, most are refused.
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });
});

describe("allTables(results) of a run", () => {
  it("holds the overtime per pool and day, as the staffing view shows it (so export writes it too)", () => {
    const r = fixture("run").results;
    const locale = makeLocale("en");
    const table = allTables(r, locale, makeFormat("en", r.currency)).find((t) => t.name === "overtime");
    expect(table).toBeDefined();
    expect(table!.rows).toEqual(overtimeTable(overtime(r.setUps[0]!, locale), r.setUps[0]!.name, locale).rows);
    expect(table!.rows.length).toBeGreaterThan(1);
  });
});
