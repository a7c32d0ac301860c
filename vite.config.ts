import { defineConfig } from "vitest/config";

// The tests' config (Vitest). The viewer in viz/ is built and served by `clientflow report` and
// `clientflow view` through Vite's API with its own inline config (engine/node/viewer/).
export default defineConfig({
  root: ".",
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/noConsole.ts"],
    globalSetup: ["test/setup/fixtures.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
