import { readFileSync } from "node:fs";
import { readResults } from "../../viz/data/readResults.js";
import type { Results } from "../../viz/data/results.js";
import { FIXTURES } from "../setup/fixtures.js";

const cache = new Map<string, { text: string; results: Results }>();

/** A results file written by the engine for this test run (see test/setup/fixtures.ts), read as the viewer reads it. */
export function fixture(kind: keyof typeof FIXTURES): { text: string; results: Results } {
  let f = cache.get(kind);
  if (f === undefined) {
    const text = readFileSync(FIXTURES[kind], "utf8");
    const read = readResults(text);
    if (!read.ok) throw new Error(`${FIXTURES[kind]}: ${read.error.problem}: ${read.error.detail}`);
    f = { text, results: read.results };
    cache.set(kind, f);
  }
  return f;
}
