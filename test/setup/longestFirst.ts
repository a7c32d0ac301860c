import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The test files that take longest, longest first, with their seconds of work on a 2-core
 * machine as last measured (a guide to the order, never a limit). On a fresh clone Vitest has no
 * durations of its own and starts the largest files first, so a short file with long work (the
 * notebooks' test) started last and ran alone for about 45 s while the other worker sat idle.
 */
export const LONGEST_FILES: readonly (readonly [file: string, seconds: number])[] = [
  ["test/notebooks/notebooks.test.ts", 92],
  ["test/viz/browser/layout.test.ts", 90],
  ["test/engine/staffing/optimiseStaffing.test.ts", 56],
  ["test/viz/browser/rankingLayout.test.ts", 50],
  ["test/package/pack.test.ts", 48],
];

/**
 * Starts the files of LONGEST_FILES first, in that order (longest processing time first, which
 * keeps both workers busy to the end), then every other file in Vitest's own order (its measured
 * durations when it has them, else the largest first).
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const file = relative(this.ctx.config.root, spec.moduleId).split("\\").join("/");
      const i = LONGEST_FILES.findIndex(([f]) => f === file);
      return i === -1 ? LONGEST_FILES.length : i;
    };
    // A stable sort: files outside the list keep Vitest's order.
    return sorted
      .map((spec, i) => ({ spec, i, r: rank(spec) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.spec);
  }
}
