import { vi } from "vitest";
import { main } from "../../engine/node/cli/main.js";

/**
 * Runs the command line in this process (its `main()`, from the sources), for the tests where the
 * process boundary is not what is tested: the exit code and what it printed on stdout and stderr.
 */
export async function clientflowInProcess(
  ...args: string[]
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
