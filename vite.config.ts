import { defineConfig } from "vitest/config";
import { LongestFirstSequencer } from "./test/setup/longestFirst.js";

// The tests' config (Vitest). The viewer in viz/ is built and served by `clientflow report` and
// `clientflow view` through Vite's API with its own inline config (engine/node/viewer/).
export default defineConfig({
  root: ".",
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/noConsole.ts", "test/setup/englishLocale.ts"],
    globalSetup: ["test/setup/fixtures.ts"],
    // A bound against a hang only, far above any test's work: no test fails because the machine is
    // loaded (the tests bound their work, never the time it takes).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
    // Test files share their worker's imported modules (each file still gets its own globals, and the
    // set-up files restore every spy after each test): the engine's modules are imported once per
    // worker instead of once per file, about a quarter less CPU time in the engine's tests.
    isolate: false,
    // Both cores of the 2-core machines the suite is written for (Vitest's default leaves one idle).
    maxWorkers: 2,
    // The longest files first, so that neither worker finishes long before the other.
    sequence: { sequencer: LongestFirstSequencer },
  },
});
