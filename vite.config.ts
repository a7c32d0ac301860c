import { defineConfig } from "vitest/config";

// One config for the viewer (Vite) and the tests (Vitest).
export default defineConfig({
  root: ".",
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/noConsole.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
