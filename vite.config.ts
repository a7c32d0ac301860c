import { defineConfig } from "vitest/config";

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
  },
});
