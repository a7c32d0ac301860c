import { afterEach, beforeEach, vi } from "vitest";

// As in zod's test suite: a test that writes to the console fails, so stray logging and
// warnings are noticed rather than scrolled past.
const methods = ["log", "info", "warn", "error", "debug"] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${m}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`the test wrote to the console:\n${calls.join("\n")}`);
});
